package app.nook.benchmark;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * Realistic first names, last names and company names from Datafaker, drawn once with a fixed seed. The generator
 * combines them in SQL, so that a million customers cost a few thousand calls to the faker.
 */
record NamePools(String[] firstNames, String[] lastNames, String[] companies) {

    static NamePools draw(long seed) {
        Faker faker = new Faker(Locale.ENGLISH, new Random(seed));
        return new NamePools(
                distinct(() -> faker.name().firstName(), 600),
                distinct(() -> faker.name().lastName(), 1500),
                distinct(() -> faker.company().name(), 2000));
    }

    private static String[] distinct(Supplier<String> source, int wanted) {
        Set<String> values = new LinkedHashSet<>();
        for (int attempt = 0; attempt < wanted * 20 && values.size() < wanted; attempt++) {
            values.add(source.get());
        }
        return values.toArray(String[]::new);
    }
}
