package org.peerplanner.bench.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap of one measured piece of work, two ways: the highest "used heap" seen by a thread sampling every
 * millisecond ({@link #end()}), and the sum of the heap pools' peak usage since {@link #begin()} reset them
 * ({@link #poolPeakSum()}, an upper bound: pools peak at different moments). Used heap includes garbage not yet
 * collected, so both grow with the heap the JVM is allowed.
 */
public final class HeapSampler implements Runnable {

    private final AtomicLong peak = new AtomicLong();
    private final Thread thread = new Thread(this, "heap-sampler");
    private final List<MemoryPoolMXBean> pools = heapPools();
    private volatile boolean running = true;

    private HeapSampler() {
    }

    /** Resets the pools' peaks and starts sampling on a daemon thread. */
    public static HeapSampler begin() {
        HeapSampler sampler = new HeapSampler();
        sampler.pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler.thread.setDaemon(true);
        sampler.thread.start();
        return sampler;
    }

    @Override
    public void run() {
        while (running) {
            sample();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        Runtime rt = Runtime.getRuntime();
        peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
    }

    /** Stops sampling; the highest used heap seen, in bytes. */
    public long end() throws InterruptedException {
        sample();
        running = false;
        thread.join();
        return peak.get();
    }

    /** The sum of the heap pools' peak usage since {@link #begin()}, in bytes. */
    public long poolPeakSum() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                heap.add(pool);
            }
        }
        return heap;
    }
}
