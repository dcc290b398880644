package nl.wijknetwerk.cases.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.cases.pricelist.PriceListCsv.Row;
import nl.wijknetwerk.shared.problem.ProblemException;

class PriceListCsvTest {

    @Test
    void readsCommaSeparatedItemsWithQuotedDescriptionsAndEuroAmountsAsCents() {
        List<Row> rows = PriceListCsv.parse("""
                code,description,category,unit,unitPrice,domain
                WMO-HH-UUR,"Huishoudelijke ondersteuning, schoonmaak",Ondersteuning thuis,uur,32.50,WMO
                ZVW-HA-CONSULT,Consult huisarts,Eerstelijnszorg,consult,11.71,zvw
                WLZ-VV4-DAG,"Verpleeghuis \"\"VV4\"\"",Verblijf,dag,198,WLZ
                """);
        assertThat(rows).containsExactly(
                new Row("WMO-HH-UUR", "Huishoudelijke ondersteuning, schoonmaak", "Ondersteuning thuis", "uur", 3_250, FinancingDomain.WMO),
                new Row("ZVW-HA-CONSULT", "Consult huisarts", "Eerstelijnszorg", "consult", 1_171, FinancingDomain.ZVW),
                new Row("WLZ-VV4-DAG", "Verpleeghuis \"VV4\"", "Verblijf", "dag", 19_800, FinancingDomain.WLZ));
    }

    @Test
    void readsSemicolonsWithDecimalCommasAsADutchSpreadsheetWritesThem() {
        List<Row> rows = PriceListCsv.parse("code;description;category;unit;unitPrice;domain\r\nWZ-MW-UUR;Maatschappelijk werk;Welzijn;uur;85,05;welfare\r\n");
        assertThat(rows).containsExactly(new Row("WZ-MW-UUR", "Maatschappelijk werk", "Welzijn", "uur", 8_505, FinancingDomain.WELFARE));
    }

    @Test
    void namesTheLineAndColumnOfABadValue() {
        assertField("code,description,category,unit,unitPrice,domain\nA,a,c,u,1.005,WMO", "csv[line 2].unitPrice");
        assertField("code,description,category,unit,unitPrice,domain\nA,a,c,u,-1,WMO", "csv[line 2].unitPrice");
        assertField("code,description,category,unit,unitPrice,domain\nA,a,c,u,1,WMO\nB,b,c,u,1,ZORG", "csv[line 3].domain");
        assertField("code,description,category,unit,unitPrice,domain\nA,a,c,u,1,WMO\nA,b,c,u,1,WMO", "csv[line 3].code");
        assertField("code,description,category,unit,unitPrice,domain\nA,,c,u,1,WMO", "csv[line 2].description");
        assertField("code,description,category,unit,unitPrice,domain\nA,a,c,1,WMO", "csv[line 2]");
        assertField("code,omschrijving,category,unit,unitPrice,domain\nA,a,c,u,1,WMO", "csv[line 1]");
        assertField("code,description,category,unit,unitPrice,domain\n", "csv");
    }

    private static void assertField(String csv, String field) {
        assertThatThrownBy(() -> PriceListCsv.parse(csv)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.toProblem("/").errors()).extracting(Problem.FieldError::field).containsExactly(field);
        });
    }
}
