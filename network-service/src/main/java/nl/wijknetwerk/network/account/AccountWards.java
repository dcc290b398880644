package nl.wijknetwerk.network.account;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule for an account's {@code wards} attribute when she joins or leaves one ward's network: joining adds the
 * ward, leaving takes it away, nothing else changes. An account that may act in every ward ({@code *}, the
 * coordinator) is left as it is, and so are the other wards, which may have been given for another role.
 */
public final class AccountWards {

    public static final String EVERY_WARD = "*";

    private AccountWards() {
    }

    /** @return the attribute's new values, in their old order with a granted ward last */
    public static List<String> apply(List<String> current, String ward, boolean granted) {
        List<String> next = new ArrayList<>(current == null ? List.of() : current);
        if (next.contains(EVERY_WARD)) {
            return next;
        }
        if (granted) {
            if (!next.contains(ward)) {
                next.add(ward);
            }
        } else {
            next.removeIf(ward::equals);
        }
        return next;
    }
}
