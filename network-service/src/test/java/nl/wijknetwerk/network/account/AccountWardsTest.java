package nl.wijknetwerk.network.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AccountWardsTest {

    @Test
    void joiningAddsTheWardOnceAndLeavingTakesOnlyThatWardAway() {
        assertThat(AccountWards.apply(List.of("ruwaard"), "ussen", true)).containsExactly("ruwaard", "ussen");
        assertThat(AccountWards.apply(List.of("ruwaard", "ussen"), "ussen", true)).containsExactly("ruwaard", "ussen");
        assertThat(AccountWards.apply(List.of("ruwaard", "ussen"), "ruwaard", false)).containsExactly("ussen");
        assertThat(AccountWards.apply(List.of("ussen"), "ruwaard", false)).containsExactly("ussen");
        assertThat(AccountWards.apply(List.of("ussen"), "ussen", false)).isEmpty();
    }

    @Test
    void anAccountWithoutWardsGetsItsFirst() {
        assertThat(AccountWards.apply(null, "ruwaard", true)).containsExactly("ruwaard");
        assertThat(AccountWards.apply(List.of(), "ruwaard", true)).containsExactly("ruwaard");
    }

    @Test
    void anAccountOfEveryWardStaysSoWhateverItsNetworkMembership() {
        assertThat(AccountWards.apply(List.of("*"), "ussen", false)).containsExactly("*");
        assertThat(AccountWards.apply(List.of("*"), "ussen", true)).containsExactly("*");
    }
}
