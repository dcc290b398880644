package nl.wijknetwerk.cases.pricelist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An edition of the Maatschappelijke Prijslijst (the "societal price list": yearly average unit costs of
 * interventions in care and the social domain). Editions are shared by all wards. Once a micro-analysis has priced
 * from an edition it is {@link #locked}: changing it would silently change analyses already reported.
 */
@Entity
@Table(name = "price_list_edition")
public class PriceListEdition extends PanacheEntityBase {

    @Id
    public String edition;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public boolean locked;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @OneToMany(mappedBy = "edition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("code")
    public List<PriceListItem> items = new ArrayList<>();

    @Version
    public long version;

    public static Optional<PriceListEdition> findEdition(String edition) {
        return findByIdOptional(edition);
    }

    public Optional<PriceListItem> item(String code) {
        return items.stream().filter(i -> i.code.equals(code)).findFirst();
    }
}
