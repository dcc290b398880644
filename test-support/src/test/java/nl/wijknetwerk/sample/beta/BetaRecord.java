package nl.wijknetwerk.sample.beta;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A record of feature beta, for HouseRulesTest only. */
@Entity
public class BetaRecord {

    @Id
    public String id;
    public String name;

    public static BetaRecord named(String name) {
        BetaRecord r = new BetaRecord();
        r.name = name;
        return r;
    }
}
