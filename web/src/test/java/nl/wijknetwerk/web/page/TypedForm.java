package nl.wijknetwerk.web.page;

import jakarta.ws.rs.core.MultivaluedHashMap;

/** A form as a browser posts it, from name/value pairs; a name may repeat (checkboxes). */
public final class TypedForm {

    private TypedForm() {
    }

    public static Form of(String... pairs) {
        MultivaluedHashMap<String, String> values = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.add(pairs[i], pairs[i + 1]);
        }
        return Form.of(values);
    }
}
