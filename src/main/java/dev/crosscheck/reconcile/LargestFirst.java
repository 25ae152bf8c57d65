package dev.crosscheck.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Maps items on all cores, taking the largest first, each thread the next item as it gets free.
 * A parallel stream splits a list into fixed chunks up front, and the chunk holding a corpus's
 * largest stories then runs alone: grouping the stories of 100,000 articles took 15 s on two
 * cores against 17 s on one, and 9.5 s this way. Stateless.
 */
final class LargestFirst {
  private LargestFirst() {}

  /**
   * {@code f} applied to each item, in the items' order. {@code f} must be thread-safe; the
   * first exception it throws is rethrown once every thread has stopped.
   */
  static <T, R> List<R> map(
      List<T> items, ToIntFunction<? super T> size, Function<? super T, ? extends R> f) {
    int n = items.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> -size.applyAsInt(items.get(i)))
        .thenComparingInt(i -> i));
    Object[] out = new Object[n];
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
        out[order[k]] = f.apply(items.get(order[k]));
      }
    };
    List<CompletableFuture<Void>> helpers = new ArrayList<>();
    for (int h = Math.min(ForkJoinPool.getCommonPoolParallelism(), n - 1); h > 0; h--) {
      helpers.add(CompletableFuture.runAsync(worker));
    }
    RuntimeException failure = null;
    try {
      worker.run();
    } catch (RuntimeException e) {
      failure = e;
      next.set(n);
    }
    for (CompletableFuture<Void> helper : helpers) {
      try {
        helper.join();
      } catch (CompletionException e) {
        next.set(n);
        if (failure == null) {
          failure = e.getCause() instanceof RuntimeException r ? r : e;
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    @SuppressWarnings("unchecked")
    List<R> results = (List<R>) Collections.unmodifiableList(Arrays.asList(out));
    return results;
  }
}
