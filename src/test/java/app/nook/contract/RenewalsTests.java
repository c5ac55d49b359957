package app.nook.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The calendar rules of renewal dates. */
class RenewalsTests {

    @Test
    void theNextBillingDayIsTodayWhenTodayIsOne() {
        assertThat(Renewals.nextOnOrAfter(LocalDate.of(2026, 3, 15), 15)).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void aBillingDayAlreadyPastThisMonthFallsNextMonth() {
        assertThat(Renewals.nextOnOrAfter(LocalDate.of(2026, 12, 20), 5)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void billingDaysOutsideOneToTwentyEightAreRefused() {
        assertThatThrownBy(() -> Renewals.nextOnOrAfter(LocalDate.of(2026, 1, 1), 31))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodStillRunningAtTheRestoreIsStillOwed() {
        LocalDate pending = LocalDate.of(2026, 12, 1);

        assertThat(Renewals.afterRestore(pending, 1, 1, LocalDate.of(2026, 12, 3)))
                .isEqualTo(pending);
    }

    @Test
    void periodsThatRanOutWhileArchivedAreNotBilled() {
        LocalDate pending = LocalDate.of(2026, 12, 1);

        assertThat(Renewals.afterRestore(pending, 1, 1, LocalDate.of(2027, 2, 10)))
                .isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void aYearlyPeriodRunsAYear() {
        LocalDate pending = LocalDate.of(2026, 6, 1);

        assertThat(Renewals.afterRestore(pending, 1, 12, LocalDate.of(2027, 2, 10)))
                .isEqualTo(pending);
    }
}
