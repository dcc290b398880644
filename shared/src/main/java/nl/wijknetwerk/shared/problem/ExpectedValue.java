package nl.wijknetwerk.shared.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.wijknetwerk.api.Objection;

/**
 * What a field should have held when its value could not be read as its type ({@code "amountCents": "veel"}, or a CSV
 * cell), said the way a person can act on it: a whole number, a date like 2026-03-14, one of the listed values.
 */
public final class ExpectedValue {

    private ExpectedValue() {
    }

    public static Objection of(Class<?> type) {
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class || type == Short.class
                || type == short.class) {
            return new Objection("must be a whole number", "moet een geheel getal zijn");
        } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return new Objection("must be a number", "moet een getal zijn");
        } else if (type == LocalDate.class) {
            return new Objection("must be a date like 2026-03-14", "moet een datum zijn zoals 2026-03-14");
        } else if (type == LocalTime.class) {
            return new Objection("must be a time like 14:30", "moet een tijd zijn zoals 14:30");
        } else if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class) {
            return new Objection("must be a date and time like 2026-03-14T14:30:00+01:00",
                    "moet een datum en tijd zijn zoals 2026-03-14T14:30:00+01:00");
        } else if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            return new Objection("must be one of " + values, "moet een van deze zijn: " + values);
        } else if (type == Boolean.class || type == boolean.class) {
            return new Objection("must be true or false", "moet true of false zijn");
        } else if (type == UUID.class) {
            return new Objection("must be an id (a UUID)", "moet een id zijn (een UUID)");
        } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return new Objection("must be a list", "moet een lijst zijn");
        } else if (CharSequence.class.isAssignableFrom(type)) {
            return new Objection("must be text", "moet tekst zijn");
        } else if (Map.class.isAssignableFrom(type) || !type.isPrimitive() && !type.getName().startsWith("java.")) {
            return new Objection("must be an object", "moet een object zijn");
        }
        return new Objection("has the wrong type or format", "heeft een verkeerd type of formaat");
    }
}
