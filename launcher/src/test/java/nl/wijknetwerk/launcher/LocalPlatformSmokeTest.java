package nl.wijknetwerk.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The launcher as {@code ./wijknetwerk smoke} runs it: the packaged applications, a real Kafka broker, the local
 * PostgreSQL and Keycloak with the realm of the repository; real tokens by the password grant. Ports and
 * databases are its own (see the surefire configuration), so a platform a developer runs is left alone.
 */
class LocalPlatformSmokeTest {

    private static LocalPlatform platform;
    private static Ports ports;

    @BeforeAll
    static void start() {
        Path repo = Launcher.repository();
        ports = Ports.defaults();
        platform = LocalPlatform.start(repo, ports, LocalPlatform.Options.of(repo, true));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void demoDataLoadsOnceAndEveryServiceAnswersThroughTheGatewayWithARealToken() {
        DemoWebhookReceiver receiver = DemoWebhookReceiver.start(ports, Http.passwordToken(ports, "coordinator", "coordinator-demo"));
        DemoData demo = new DemoData(ports);
        assertThat(demo.loadIfMissing()).as("first load").isTrue();
        assertThat(demo.loadIfMissing()).as("a second run finds the demo data").isFalse();

        // Includes a partner system through the gateway and the signed webhook of the demo's MDO invitation.
        List<SmokeCheck.Result> results = new SmokeCheck(ports, receiver).run();
        receiver.close();
        assertThat(results).hasSizeGreaterThanOrEqualTo(10).allSatisfy(r -> assertThat(r.passed()).as(r.check() + ": " + r.detail()).isTrue());

        Http.Response cases = new Http(ports.gatewayUrl()).get("/api/wards/ruwaard/cases",
                Http.passwordToken(ports, "anna", "anna-demo"));
        assertThat(cases.body().size()).as("demo cases plus the smoke check's own in Ruwaard").isGreaterThanOrEqualTo(4);
    }

    @Test
    void theBannerNamesEveryDemoUserWithPasswordAndWards() {
        String banner = Launcher.banner(platform.repo, ports);
        assertThat(banner).contains(ports.gatewayUrl() + "/q/swagger-ui", "anna", "anna-demo", "wards=ruwaard",
                "coordinator", "carla", "controller");
        assertThat(platform.logs()).hasSize(Application.values().length)
                .allSatisfy((app, log) -> assertThat(log.toFile().length()).as(app + " logged its start").isPositive());
    }
}
