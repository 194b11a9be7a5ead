package id.kalbar.monev.sync;

import id.kalbar.monev.indicator.IndicatorService;
import id.kalbar.monev.program.ProgramService;
import id.kalbar.monev.realization.RealizationMirror;
import id.kalbar.monev.targets.TargetMirror;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Writes one page of a source's records and moves the source's cursor past them, in one transaction: a page is
 * mirrored whole or not at all, so a run cut off anywhere starts again where the data stands.
 */
@ApplicationScoped
class SyncWriter {

    private static final int RECORDS_PER_FLUSH = 100;

    private final ProgramService programs;
    private final IndicatorService indicators;
    private final TargetMirror targets;
    private final RealizationMirror realizations;
    private final EntityManager entities;

    SyncWriter(ProgramService programs, IndicatorService indicators, TargetMirror targets, RealizationMirror realizations,
               EntityManager entities) {
        this.programs = programs;
        this.indicators = indicators;
        this.targets = targets;
        this.realizations = realizations;
        this.entities = entities;
    }

    /**
     * Where a run of the source starts reading: behind the last change applied, or with {@code fromStart} at the
     * beginning of the feed (the next pages then write only what differs). Stores the source's state the first time.
     */
    @Transactional
    String startingCursor(String name, boolean fromStart) {
        SyncState state = entities.find(SyncState.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            state = SyncState.unread(name);
            entities.persist(state);
        }
        if (fromStart) {
            state.cursor = SyncState.START;
        }
        return state.cursor;
    }

    /** The state of a source as stored, or as it will be before its first run: reading it writes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    SyncState read(String name) {
        SyncState state = entities.find(SyncState.class, name);
        return state == null ? SyncState.unread(name) : state;
    }

    /**
     * Applies the page read behind {@code from}; false, with nothing written, when another run (on another
     * replica) moved the cursor meanwhile.
     */
    @Transactional
    boolean apply(String name, String region, String from, String next, Instant lastChangeAt, int changes,
                  SourceRecords records) {
        SyncState state = entities.find(SyncState.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (!state.cursor.equals(from)) {
            return false;
        }
        String actor = "sync:" + name;
        long written = 0;
        List<BooleanSupplier> writes = new ArrayList<>();
        records.programs().forEach(program -> writes.add(() -> programs.createIfMissing(program, actor)));
        records.indicators().forEach(indicator -> writes.add(() -> indicators.createIfMissing(indicator, actor)));
        records.targets().forEach((id, target) -> writes.add(() -> target.isPresent()
                ? targets.put(target.get(), region, actor)
                : targets.remove(id.indicatorCode(), id.regionCode(), id.year(), region, actor)));
        records.realizations().forEach((id, value) -> writes.add(() -> value.isPresent()
                ? realizations.put(value.get(), region, actor)
                : realizations.remove(id.indicatorCode(), id.regionCode(), id.period(), region, actor)));
        for (int i = 0; i < writes.size(); i++) {
            written += writes.get(i).getAsBoolean() ? 1 : 0;
            if ((i + 1) % RECORDS_PER_FLUSH == 0) {
                // Each write flushes; a context that only grows would make every flush check every record again.
                entities.flush();
                entities.clear();
            }
        }
        state = entities.find(SyncState.class, name); // still locked: the row lock is the transaction's
        state.cursor = next;
        state.changesRead += changes;
        state.recordsWritten += written;
        if (lastChangeAt != null) {
            state.lastChangeAt = lastChangeAt;
        }
        return true;
    }

    /** The end of a run: caught up with the source, or stopped by {@code error}. */
    @Transactional
    void finish(String name, Instant startedAt, String error) {
        SyncState state = entities.find(SyncState.class, name, LockModeType.PESSIMISTIC_WRITE);
        state.lastRunAt = startedAt;
        if (error == null) {
            state.lastSuccessAt = startedAt;
        } else {
            state.lastError = error;
            state.lastErrorAt = Instant.now();
        }
    }
}
