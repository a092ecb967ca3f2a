package backoffice.sandbox.store;

import backoffice.client.model.BulkMode;
import backoffice.client.model.BulkOperation;
import backoffice.client.model.BulkOperationStatus;
import backoffice.client.model.BulkProcess;
import backoffice.client.model.BulkStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A bulk process as the sandbox keeps it: status, mode, timings and its operations in sequence order. */
public final class BulkRecord {

    /** One operation: the single call (method, path, path params, body) and its outcome. */
    public static final class Op {
        final String operationId;
        final int sequence;
        final String method;
        final String path;
        final String requestPayload;
        BulkOperationStatus status = BulkOperationStatus.SUBMITTED;
        private String responsePayload;
        /** What writes the answer's body on first read (the demo seed's finished operations), until then. */
        private Supplier<String> pendingResponse;

        Op(String operationId, int sequence, String method, String path, String requestPayload) {
            this.operationId = operationId;
            this.sequence = sequence;
            this.method = method;
            this.path = path;
            this.requestPayload = requestPayload;
        }

        public String requestPayload() {
            return requestPayload;
        }

        public String path() {
            return path;
        }

        public BulkOperationStatus status() {
            return status;
        }

        void respond(String payload) {
            responsePayload = payload;
            pendingResponse = null;
        }

        void respondLater(Supplier<String> payload) {
            responsePayload = null;
            pendingResponse = payload;
        }

        BulkOperation toModel() {
            if (pendingResponse != null) {
                respond(pendingResponse.get());
            }
            return new BulkOperation(operationId, sequence, method, path, status, requestPayload,
                    responsePayload);
        }
    }

    private final String id;
    private final String identityId;
    private final String operation;
    private final List<Op> ops = new ArrayList<>();
    private final long submittedAt;
    BulkStatus status = BulkStatus.SUBMITTED;
    BulkMode mode;
    Long executionStart;
    Long executionFinish;
    /** Pause between two operations while running, so progress is visible. */
    long paceMillis;

    public BulkRecord(String id, String identityId, String operation, long submittedAt, long paceMillis) {
        this.id = id;
        this.identityId = identityId;
        this.operation = operation;
        this.submittedAt = submittedAt;
        this.paceMillis = paceMillis;
    }

    public String id() {
        return id;
    }

    public String identityId() {
        return identityId;
    }

    public BulkStatus status() {
        return status;
    }

    public long submittedAt() {
        return submittedAt;
    }

    public long paceMillis() {
        return paceMillis;
    }

    public String operation() {
        return operation;
    }

    public BulkMode mode() {
        return mode;
    }

    List<Op> ops() {
        return ops;
    }

    void addOp(String operationId, String method, String path, String requestPayload) {
        ops.add(new Op(operationId, ops.size(), method, path, requestPayload));
    }

    BulkProcess toModel(boolean withCounts) {
        List<BulkProcess.StatusCount> counts = null;
        if (withCounts) {
            Map<BulkOperationStatus, Integer> tally = new EnumMap<>(BulkOperationStatus.class);
            ops.forEach(o -> tally.merge(o.status, 1, Integer::sum));
            counts = tally.entrySet().stream().map(e -> new BulkProcess.StatusCount(e.getKey(), e.getValue()))
                    .toList();
        }
        return new BulkProcess(id, status, ops.size(), executionStart, executionFinish, operation, mode,
                counts);
    }
}
