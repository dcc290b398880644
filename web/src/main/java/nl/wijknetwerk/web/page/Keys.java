package nl.wijknetwerk.web.page;

import io.quarkus.qute.TemplateExtension;

/** {@code k:of('status_', c.status)}: the message key of an API value (an enum constant, a column name). */
@TemplateExtension(namespace = "k")
public final class Keys {

    private Keys() {
    }

    static String of(String prefix, Object value) {
        return prefix + value;
    }
}
