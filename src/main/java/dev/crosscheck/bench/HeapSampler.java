package dev.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Samples the heap every few milliseconds on a daemon thread while open: the peak heap in use
 * (live objects and garbage not yet collected) and the peak live heap, the heap left in use after
 * the latest collection. Single use: start, run the work, close, read the peaks.
 */
final class HeapSampler implements AutoCloseable {
  private static final long INTERVAL_MILLIS = 5;

  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peakUsed;
  private volatile long peakLive;

  private HeapSampler() {
    thread = new Thread(this::loop, "crosscheck-bench-heap");
    thread.setDaemon(true);
  }

  /** Starts sampling. */
  static HeapSampler start() {
    HeapSampler s = new HeapSampler();
    s.sample();
    s.thread.start();
    return s;
  }

  long peakUsedBytes() {
    return peakUsed;
  }

  long peakLiveBytes() {
    return peakLive;
  }

  @Override
  public void close() {
    running = false;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample();
  }

  private void loop() {
    while (running) {
      sample();
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample() {
    long used = 0;
    long live = 0;
    for (MemoryPoolMXBean pool : pools) {
      used += pool.getUsage().getUsed();
      MemoryUsage afterGc = pool.getCollectionUsage();
      live += afterGc == null ? pool.getUsage().getUsed() : afterGc.getUsed();
    }
    peakUsed = Math.max(peakUsed, used);
    peakLive = Math.max(peakLive, live);
  }
}
