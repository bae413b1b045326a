package vn.customs.systemtests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the story sent to one gate, counted on the client side as each answer came back: the figures declarations'
 * statistics must give for the gate, computed the way the statistics define them (shares in percent, one decimal,
 * half up; an enterprise counts as electronic when all its declarations were).
 */
final class QuarterTally {

    private long declarations;
    private long electronic;
    private long cleared;
    private long clearedOnTime;
    private final Map<String, Long> byChannel = new TreeMap<>();
    private final Set<String> enterprises = new HashSet<>();
    private final Set<String> onPaper = new HashSet<>();
    private BigDecimal tradeValueUsd = BigDecimal.ZERO;

    /** A declaration lodged and registered in {@code channel}. */
    synchronized void lodged(String taxId, boolean paper, String channel, BigDecimal amountUsd) {
        declarations++;
        enterprises.add(taxId);
        if (paper) {
            onPaper.add(taxId);
        } else {
            electronic++;
        }
        byChannel.merge(channel, 1L, Long::sum);
        tradeValueUsd = tradeValueUsd.add(amountUsd);
    }

    /** A declaration cleared, within the charter or not. */
    synchronized void cleared(boolean withinCharter) {
        cleared++;
        if (withinCharter) {
            clearedOnTime++;
        }
    }

    synchronized long declarations() {
        return declarations;
    }

    synchronized long electronic() {
        return electronic;
    }

    synchronized long cleared() {
        return cleared;
    }

    synchronized long clearedLate() {
        return cleared - clearedOnTime;
    }

    synchronized Map<String, Long> byChannel() {
        return new TreeMap<>(byChannel);
    }

    synchronized long activeEnterprises() {
        return enterprises.size();
    }

    synchronized BigDecimal electronicShare() {
        return share(electronic, declarations);
    }

    synchronized BigDecimal electronicEnterpriseShare() {
        return share(enterprises.size() - onPaper.size(), enterprises.size());
    }

    synchronized BigDecimal onTimeShare() {
        return share(clearedOnTime, cleared);
    }

    synchronized BigDecimal tradeValueUsd() {
        return tradeValueUsd.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
