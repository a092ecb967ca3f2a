package backoffice.sandbox.store;

import backoffice.client.model.BulkMode;
import backoffice.client.model.BulkOperation;
import backoffice.client.model.BulkOperationStatus;
import backoffice.client.model.BulkProcess;
import backoffice.client.model.BulkStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The bulk processes: submitted, steered and read. Changes and reads of a bulk hold the store's lock, as every
 * other change of the store does.
 */
public final class BulkBook {

    private final SandboxState state;
    private final Map<String, BulkRecord> bulks = new ConcurrentHashMap<>();

    BulkBook(SandboxState state) {
        this.state = state;
    }

    public BulkRecord add(BulkRecord bulk) {
        bulks.put(bulk.id(), bulk);
        return bulk;
    }

    public Optional<BulkRecord> get(String id) {
        return Optional.ofNullable(bulks.get(id));
    }

    public List<BulkRecord> all() {
        return List.copyOf(bulks.values());
    }

    public void addOp(BulkRecord bulk, String method, String path, String requestPayload) {
        synchronized (state) {
            bulk.addOp(state.nextId(), method, path, requestPayload);
        }
    }

    /** Sets the status, and the mode, start and finish where given (null keeps what was). */
    public void setStatus(BulkRecord bulk, BulkStatus status, BulkMode mode, Long start, Long finish) {
        synchronized (state) {
            bulk.status = status;
            if (mode != null) {
                bulk.mode = mode;
            }
            if (start != null) {
                bulk.executionStart = start;
            }
            if (finish != null) {
                bulk.executionFinish = finish;
            }
        }
    }

    public void finishOp(BulkRecord bulk, int sequence, BulkOperationStatus status, String response) {
        synchronized (state) {
            BulkRecord.Op op = bulk.ops().get(sequence);
            op.status = status;
            op.respond(response);
        }
    }

    /** The same, with an answer written only when first read (Jackson's first serialisation is not cheap). */
    public void finishOpLater(BulkRecord bulk, int sequence, BulkOperationStatus status, Supplier<String> response) {
        synchronized (state) {
            BulkRecord.Op op = bulk.ops().get(sequence);
            op.status = status;
            op.respondLater(response);
        }
    }

    public BulkProcess view(BulkRecord bulk, boolean withCounts) {
        synchronized (state) {
            return bulk.toModel(withCounts);
        }
    }

    public List<BulkOperation> operations(BulkRecord bulk) {
        synchronized (state) {
            return bulk.ops().stream().map(BulkRecord.Op::toModel).toList();
        }
    }

    void clear() {
        bulks.clear();
    }
}
