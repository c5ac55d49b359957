package app.nook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvCellsTests {

    @Test
    void formulasOfEveryKindAreDefused() {
        assertThat(CsvCells.defused("=HYPERLINK(\"http://evil.example\",\"x\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(CsvCells.defused("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.defused("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvCells.defused("+(HYPERLINK(\"http://evil.example\"))"))
                .isEqualTo("'+(HYPERLINK(\"http://evil.example\"))");
        assertThat(CsvCells.defused("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void numbersPhonesAndOrdinaryTextStayAsTheyAre() {
        assertThat(CsvCells.defused("+49 30 123456")).isEqualTo("+49 30 123456");
        assertThat(CsvCells.defused("-3")).isEqualTo("-3");
        assertThat(CsvCells.defused("+1 (555) 010-9999")).isEqualTo("+1 (555) 010-9999");
        assertThat(CsvCells.defused("Ada Lovelace")).isEqualTo("Ada Lovelace");
        assertThat(CsvCells.defused(new BigDecimal("-12.50"))).isEqualTo(new BigDecimal("-12.50"));
        assertThat(CsvCells.defused("")).isEqualTo("");
        assertThat(CsvCells.defused(null)).isNull();
    }
}
