package nl.wijknetwerk.cases.pricelist;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One intervention of an edition with its average unit cost, e.g. an hour of household help. */
@Entity
@Table(name = "price_list_item")
public class PriceListItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "edition", nullable = false)
    public PriceListEdition edition;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String unit;

    @Column(name = "unit_price_cents", nullable = false)
    public long unitPriceCents;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FinancingDomain domain;
}
