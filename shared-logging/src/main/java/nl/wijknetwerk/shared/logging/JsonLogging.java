package nl.wijknetwerk.shared.logging;

import java.util.logging.Handler;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.formatters.JsonFormatter;

import io.quarkus.runtime.StartupEvent;

/**
 * Switches console logging to one JSON object per line (with MDC, so trace ids travel along) when
 * {@code wijknetwerk.log.json=true}, as log collectors in a cluster expect. Uses the JBoss LogManager's own
 * JSON formatter; the lines written before start-up completes stay plain text.
 */
@ApplicationScoped
public class JsonLogging {

    private final boolean json;

    public JsonLogging(@ConfigProperty(name = "wijknetwerk.log.json", defaultValue = "false") boolean json) {
        this.json = json;
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (!json) {
            return;
        }
        JsonFormatter formatter = new JsonFormatter();
        formatter.setPrintDetails(false);
        formatter.setExceptionOutputType(JsonFormatter.ExceptionOutputType.FORMATTED);
        for (Handler handler : org.jboss.logmanager.Logger.getLogger("").getHandlers()) {
            apply(handler, formatter);
        }
    }

    private static void apply(Handler handler, JsonFormatter formatter) {
        if (handler instanceof org.jboss.logmanager.handlers.ConsoleHandler console) {
            console.setFormatter(formatter);
        }
        if (handler instanceof ExtHandler ext) {
            for (Handler child : ext.getHandlers()) {
                apply(child, formatter);
            }
        }
    }
}
