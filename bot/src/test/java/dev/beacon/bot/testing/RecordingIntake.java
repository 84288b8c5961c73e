package dev.beacon.bot.testing;

import dev.beacon.core.alerts.AlertBatch;
import dev.beacon.core.alerts.AlertIntake;
import dev.beacon.core.alerts.IntakeReceipt;
import dev.beacon.core.incident.IncidentId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An {@link AlertIntake} that records every batch it is handed and answers as told (by default: the
 * batch's alerts went into INC-4, grouped).
 */
public final class RecordingIntake implements AlertIntake {

  private final List<AlertBatch> batches = new CopyOnWriteArrayList<>();
  private volatile Function<AlertBatch, IntakeReceipt> answer =
      b -> new IntakeReceipt(b.alerts().size(), List.of(new IncidentId(4)), "grouped");

  @Override
  public IntakeReceipt accept(AlertBatch batch) {
    batches.add(batch);
    return answer.apply(batch);
  }

  /** From now on, answers with {@code answer} (which may throw). */
  public void answerWith(Function<AlertBatch, IntakeReceipt> answer) {
    this.answer = answer;
  }

  /** Every batch handed over so far, in order. */
  public List<AlertBatch> batches() {
    return List.copyOf(batches);
  }
}
