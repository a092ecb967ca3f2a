package backoffice.client.statements;

import backoffice.client.http.ApiRequest;
import backoffice.client.http.RawResponse;
import backoffice.client.http.Transport;
import backoffice.client.model.InstrumentId;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The server's own CSV or PDF of a whole statement, and what it covers. The published contract says nothing about a
 * document covering more than one page, so the console checks: it asks for the statement's {@code count} (one JSON
 * entry), then for the document without a page size; a CSV with fewer data rows than the count is completed by
 * asking page after page ({@code offset} and the largest page size) and joining the pages' rows under one header,
 * until the count is reached or a page brings nothing. A PDF's rows cannot be counted: it is saved as sent and said
 * to be unchecked. Entries posted while the document is fetched can make it hold more rows than counted; never fewer
 * unnoticed.
 */
final class StatementDocuments {

    private final StatementsService service;
    private final Transport transport;

    StatementDocuments(StatementsService service, Transport transport) {
        this.service = service;
        this.transport = transport;
    }

    /**
     * @param request      a fresh request of the statement with the query's filters (no paging, no accept)
     * @param pageSizeName {@code statementLimit} or {@code limit}
     * @param maxPage      the largest page the operation allows
     */
    StatementDocument fetch(InstrumentId instrument, StatementQuery query, StatementFormat format,
                            Supplier<ApiRequest.Builder> request, String pageSizeName, int maxPage) {
        Long expected = service.page(instrument, query, 0, 1).count();
        RawResponse whole = transport.send(request.get().accept(format.mediaType()).build());
        if (format != StatementFormat.CSV) {
            return new StatementDocument(whole.body(), whole.contentType(), whole.requestRef(), expected, -1, 1);
        }
        long rows = CsvRecords.dataRows(whole.body());
        if (expected == null || rows >= expected) {
            return new StatementDocument(whole.body(), whole.contentType(), whole.requestRef(), expected, rows, 1);
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream(whole.body().length * 2);
        long have = 0;
        int requests = 1;
        String ref = whole.requestRef();
        byte[] previous = null;
        while (have < expected) {
            RawResponse page = transport.send(request.get().query("offset", have).query(pageSizeName, maxPage)
                    .accept(format.mediaType()).build());
            requests++;
            byte[] rowsOnly = CsvRecords.withoutHeader(page.body());
            long got = CsvRecords.dataRows(page.body());
            if (got == 0 || Arrays.equals(rowsOnly, previous)) {
                break; // nothing more, or a server that ignores offset: its rows would repeat
            }
            joined.writeBytes(have == 0 ? page.body() : rowsOnly);
            ref = page.requestRef();
            previous = rowsOnly;
            have += got;
        }
        if (have <= rows) {
            return new StatementDocument(whole.body(), whole.contentType(), whole.requestRef(), expected, rows,
                    requests);
        }
        return new StatementDocument(joined.toByteArray(), whole.contentType(), ref, expected, have, requests);
    }
}
