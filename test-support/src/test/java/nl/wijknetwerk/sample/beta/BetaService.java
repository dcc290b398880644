package nl.wijknetwerk.sample.beta;

/** Keeps every house rule: it changes only its own feature's records. */
public class BetaService {

    public BetaRecord rename(String name) {
        BetaRecord r = BetaRecord.named(name);
        r.name = name.strip();
        return r;
    }
}
