package backoffice.app.bulks;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.CreateTransfer;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentType;
import backoffice.client.model.SpendRules;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every CSV row is checked before anything is sent; wrong rows are named by number. */
class BulkCsvTest {

    private static final String TRANSFERS = "source_type,source_id,destination_type,destination_id,currency,amount,tag\n";
    private static final String RULES = "card_id,currency,allow_atm,allow_contactless,allow_ecommerce,max_amount,"
            + "blocked_mcc,blocked_countries\n";

    @Test
    void validTransfersBecomeItemsInMinorUnits() {
        BulkCsv.Parsed p = BulkCsv.parse(BulkCsv.Kind.TRANSFERS, TRANSFERS
                + "account,111,card,222,EUR,12.34,payroll_1\n\n managed_accounts , 111 ,account,333,EUR,0.01,\n", "77");
        assertThat(p.rowErrors()).isEmpty();
        assertThat(p.valid()).isTrue();
        CreateTransfer first = (CreateTransfer) p.items().get(0).requestBody();
        assertThat(first.destinationAmount().amount()).isEqualTo(1234L);
        assertThat(first.source()).isEqualTo(new InstrumentId(InstrumentType.MANAGED_ACCOUNTS, "111"));
        assertThat(first.destination()).isEqualTo(new InstrumentId(InstrumentType.MANAGED_CARDS, "222"));
        assertThat(first.profileId()).isEqualTo("77");
        assertThat(first.tag()).isEqualTo("payroll_1");
        assertThat(((CreateTransfer) p.items().get(1).requestBody()).tag()).isNull();
    }

    @Test
    void everyWrongRowIsListedAndNothingIsKept() {
        BulkCsv.Parsed p = BulkCsv.parse(BulkCsv.Kind.TRANSFERS, TRANSFERS
                + "account,111,card,222,EUR,10.00,ok\n"
                + "wallet,111,card,222,EUR,10.00,\n"
                + "account,111,card,222,EUR,-5,\n"
                + "account,111,account,111,EUR,1.00,\n"
                + "account,111,card,222,eur,1.00,\n"
                + "account,111,card,222,EUR,1.001,\n"
                + "account,111,card\n", "77");
        assertThat(p.valid()).isFalse();
        assertThat(p.items()).isEmpty();
        assertThat(p.rowErrors()).hasSize(6);
        assertThat(p.rowErrors().get(0)).startsWith("Row 2:").contains("wallet");
        assertThat(p.rowErrors().get(1)).startsWith("Row 3:");
        assertThat(p.rowErrors().get(2)).startsWith("Row 4:").contains("same");
        assertThat(p.rowErrors().get(3)).startsWith("Row 5:").contains("eur");
        assertThat(p.rowErrors().get(4)).startsWith("Row 6:");
        assertThat(p.rowErrors().get(5)).startsWith("Row 7:").contains("7 columns");
    }

    @Test
    void aMissingOrWrongHeaderIsRefused() {
        assertThat(BulkCsv.parse(BulkCsv.Kind.TRANSFERS, "account,111,card,222,EUR,1.00,\n", "7").rowErrors())
                .singleElement().asString().contains("header");
        assertThat(BulkCsv.parse(BulkCsv.Kind.SPEND_RULES, TRANSFERS, "7").valid()).isFalse();
        assertThat(BulkCsv.parse(BulkCsv.Kind.TRANSFERS, TRANSFERS, "7").rowErrors()).singleElement().asString()
                .contains("no rows");
    }

    @Test
    void moreThanTheApiLimitIsRefusedBeforeReadingRows() {
        String rows = IntStream.range(0, BulkCsv.MAX_ITEMS + 1).mapToObj(i -> "account,1,card,2,EUR,1.00,")
                .collect(Collectors.joining("\n"));
        assertThat(BulkCsv.parse(BulkCsv.Kind.TRANSFERS, TRANSFERS + rows, "7").rowErrors()).singleElement()
                .asString().contains("10,000");
        String exactly = IntStream.range(0, BulkCsv.MAX_ITEMS).mapToObj(i -> "account,1,card,2,EUR,1.00,")
                .collect(Collectors.joining("\n"));
        assertThat(BulkCsv.parse(BulkCsv.Kind.TRANSFERS, TRANSFERS + exactly, "7").items())
                .hasSize(BulkCsv.MAX_ITEMS);
    }

    @Test
    void spendRuleRowsCarryOnlyTheFieldsGiven() {
        BulkCsv.Parsed p = BulkCsv.parse(BulkCsv.Kind.SPEND_RULES, RULES
                + "555,EUR,false,,true,250.00,5411;7995,ru; by\n"
                + "556,GBP,,,,,,\n"
                + "557,EUR,maybe,,,,,\n"
                + "558,EUR,,,,,54,\n"
                + "559,EUR,,,,,,XX\n", null);
        assertThat(p.rowErrors()).hasSize(4);
        assertThat(p.rowErrors().get(0)).startsWith("Row 2:").contains("no rule");
        assertThat(p.rowErrors().get(1)).startsWith("Row 3:").contains("maybe");
        assertThat(p.rowErrors().get(2)).startsWith("Row 4:").contains("54");
        assertThat(p.rowErrors().get(3)).startsWith("Row 5:").contains("XX");
        BulkCsv.Parsed ok = BulkCsv.parse(BulkCsv.Kind.SPEND_RULES, RULES
                + "555,EUR,false,,true,250.00,5411;7995,ru; by\n", null);
        SpendRules r = (SpendRules) ok.items().get(0).requestBody();
        assertThat(ok.items().get(0).pathParams()).containsEntry("_id_", "555");
        assertThat(r.allowAtm()).isFalse();
        assertThat(r.allowContactless()).isNull();
        assertThat(r.allowECommerce()).isTrue();
        assertThat(r.maxTransactionAmount()).isEqualTo(25000L);
        assertThat(r.blockedMerchantCategories()).containsExactly("5411", "7995");
        assertThat(r.blockedMerchantCountries()).containsExactly("RU", "BY");
    }
}
