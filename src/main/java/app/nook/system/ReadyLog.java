package app.nook.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started Nook where to open it. */
@Component
class ReadyLog {

    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            log.info("Nook is ready at http://localhost:{}/", web.getWebServer().getPort());
        }
    }
}
