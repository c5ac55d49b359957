package app.nook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Nook: software for running coworking spaces, started as one executable application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NookApplication {

    public static void main(String[] args) {
        SpringApplication.run(NookApplication.class, args);
    }
}
