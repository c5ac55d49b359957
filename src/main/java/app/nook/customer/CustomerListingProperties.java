package app.nook.customer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the customer listings, under {@code nook.customers}.
 *
 * @param countLimit how many matching customers a list page counts at most; beyond it the page says "more than"
 *     and only a bulk selection of all matching customers counts them all
 */
@ConfigurationProperties("nook.customers")
public record CustomerListingProperties(
        @DefaultValue("10000") int countLimit) {}
