package nl.wijknetwerk.budget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import nl.wijknetwerk.testing.KafkaBrokerResource;
import nl.wijknetwerk.testing.PostgresDatabaseResource;

/** Real PostgreSQL, a real Kafka broker and a real OIDC token check for every test of this module. */
@QuarkusTestResource(OidcWiremockTestResource.class)
// The broker of this module requires SASL/SCRAM, like a secured production cluster.
@QuarkusTestResource(value = KafkaBrokerResource.class, initArgs = @ResourceArg(name = "sasl-mechanism", value = "SCRAM-SHA-512"))
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "database", value = "budget_test"))
public final class BudgetTestResources {
}
