package nl.wijknetwerk.shared.partner;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation open to every signed-in caller ({@code @Authenticated}) that a partner organisation's system
 * may call too, because it answers a partner system only its own organisation's part (and logs it). Any other
 * operation refuses a partner system unless its {@code @RolesAllowed} names {@code partner-system}
 * ({@link PartnerWall}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PartnerOperation {
}
