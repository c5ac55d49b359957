package app.nook.demo;

import app.nook.customer.CustomerKind;
import app.nook.customer.CustomerProfile;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/** Makes up customers with plausible German names, companies, addresses and unique emails. */
final class DemoPeople {

    private static final String[] FREE_MAIL = {"gmail.com", "posteo.de", "web.de", "gmx.de", "mailbox.org"};

    private final Faker faker;
    private final Random random;
    private final Set<String> emails = new HashSet<>();

    DemoPeople(Random random) {
        this.random = random;
        this.faker = new Faker(Locale.GERMANY, random);
        emails.add("member@demo.nook");
    }

    CustomerProfile next(long homeLocationId, Set<String> tags) {
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        boolean company = random.nextInt(100) < 30;
        String companyName =
                company || random.nextInt(100) < 25 ? faker.company().name() : null;
        String domain = companyName != null && company ? domainOf(companyName) : pick(FREE_MAIL);

        return new CustomerProfile(
                company ? CustomerKind.COMPANY : CustomerKind.INDIVIDUAL,
                first + " " + last,
                uniqueEmail(ascii(first) + "." + ascii(last), domain),
                "+49 %d %d".formatted(30 + random.nextInt(70), 1_000_000 + random.nextInt(8_999_999)),
                companyName,
                faker.address().streetAddress(),
                faker.address().zipCode(),
                faker.address().city(),
                "DE",
                companyName != null ? "DE" + (100_000_000 + random.nextInt(899_999_999)) : null,
                random.nextInt(100) < 15 ? "Prefers invoices by post." : null,
                homeLocationId,
                tags);
    }

    private String uniqueEmail(String local, String domain) {
        String candidate = local + "@" + domain;
        for (int n = 2; !emails.add(candidate); n++) {
            candidate = local + n + "@" + domain;
        }
        return candidate;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String domainOf(String companyName) {
        String word = ascii(companyName.split("[ ,&-]+")[0]);
        return (word.isEmpty() ? "firma" : word) + ".de";
    }

    /** Lower-case ASCII for email addresses: "Jürgen Groß" becomes "juergen.gross". */
    static String ascii(String text) {
        String folded = text.toLowerCase(Locale.GERMANY)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("[^a-z0-9]", "");
    }
}
