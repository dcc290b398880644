package nl.wijknetwerk.network.ward;

import java.util.List;
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

    /** The wards that are active (not suspended); for jobs that walk every ward. */
    public List<Ward> active() {
        return WardEntity.<WardEntity> list("status", Ward.Status.ACTIVE).stream().map(WardEntity::toWard).toList();
    }
}
