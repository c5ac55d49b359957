package app.nook.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the JSON API, under {@code nook.api.*}.
 *
 * @param rateLimitPerMinute how many requests one token may make per minute on one instance
 */
@ConfigurationProperties("nook.api")
record ApiProperties(@DefaultValue("600") int rateLimitPerMinute) {}
