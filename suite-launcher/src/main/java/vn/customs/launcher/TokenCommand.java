package vn.customs.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.customs.localinfra.LocalTokenIssuer;

/**
 * {@code ./suite token ROLE [ROLE...] [--claim name=value ...] [--subject s] [--minutes n]}: prints a bearer token
 * the running suite accepts, for scripts: {@code curl -H "Authorization: Bearer $(./suite token AUDITOR)" ...}.
 */
final class TokenCommand {

    private static final Set<String> ROLES = Set.copyOf(LocalTokenIssuer.ROLES);

    private TokenCommand() {}

    static void run(SuiteSettings settings, List<String> args, PrintStream out) {
        List<String> roles = new ArrayList<>();
        Map<String, Object> claims = new LinkedHashMap<>();
        String subject = null;
        long minutes = 60;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--claim") && i + 1 < args.size()) {
                String[] pair = args.get(++i).split("=", 2);
                if (pair.length != 2 || pair[0].isBlank()) {
                    throw new SuiteException("--claim takes name=value, e.g. --claim tax_id=0101234567");
                }
                claims.put(pair[0], pair[1]);
            } else if (arg.equals("--subject") && i + 1 < args.size()) {
                subject = args.get(++i);
            } else if (arg.equals("--minutes") && i + 1 < args.size()) {
                minutes = parseMinutes(args.get(++i));
            } else if (ROLES.contains(arg)) {
                roles.add(arg);
            } else {
                throw new SuiteException("Unknown role or option '" + arg + "'. Roles: "
                        + String.join(" ", ROLES.stream().sorted().toList())
                        + ". Options: --claim name=value, --subject s, --minutes n.");
            }
        }
        if (roles.isEmpty()) {
            throw new SuiteException("Name at least one role, e.g. ./suite token DECLARANT --claim tax_id=0101234567");
        }
        String who = subject != null ? subject : "suite-" + roles.get(0).toLowerCase();
        out.println(
                LocalTokenIssuer.inDirectory(settings.keys()).token(who, roles, claims, Duration.ofMinutes(minutes)));
    }

    private static long parseMinutes(String value) {
        try {
            long minutes = Long.parseLong(value);
            if (minutes < 1 || minutes > 24 * 60) {
                throw new NumberFormatException();
            }
            return minutes;
        } catch (NumberFormatException e) {
            throw new SuiteException("--minutes takes a number from 1 to 1440, not " + value);
        }
    }
}
