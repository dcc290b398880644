package nl.wijknetwerk.shared.ward;

import java.util.Optional;

/** Where a service looks up the wards it knows. network-service owns wards; the others learn them from events. */
public interface WardDirectory {

    Optional<Ward> find(String slug);
}
