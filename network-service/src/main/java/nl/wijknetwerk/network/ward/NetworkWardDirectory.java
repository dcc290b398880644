package nl.wijknetwerk.network.ward;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.shared.ward.Ward;
import nl.wijknetwerk.shared.ward.WardDirectory;

/** network-service owns wards, so it looks them up in its own table rather than a copy. */
@ApplicationScoped
public class NetworkWardDirectory implements WardDirectory {

    @Override
    public Optional<Ward> find(String slug) {
        return WardEntity.<WardEntity> findByIdOptional(slug).map(WardEntity::toWard);
    }
}
