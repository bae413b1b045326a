package vn.customs.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.customs.localinfra.LocalTokenIssuer;

/**
 * {@code ./suite token ROLE [ROLE...] [--for SERVICE ...] [--claim name=value ...] [--subject s] [--minutes n]}:
 * prints a bearer token the running suite accepts, for scripts:
 * {@code curl -H "Authorization: Bearer $(./suite token AUDITOR)" ...}.
 *
 * <p>Each service accepts only tokens that carry its own audience. {@code --for declarations} (repeatable, or
 * {@code --for declarations,staffing}) mints a token for those services only; without it the token carries the
 * four audiences, a local convenience so that one token serves a script that calls several services.
 */
final class TokenCommand {

    private static final Set<String> ROLES = Set.copyOf(LocalTokenIssuer.ROLES);
    private static final Map<String, String> AUDIENCES = LocalTokenIssuer.SERVICE_AUDIENCES;

    private TokenCommand() {}

    static void run(SuiteSettings settings, List<String> args, PrintStream out) {
        List<String> roles = new ArrayList<>();
        Set<String> audiences = new LinkedHashSet<>();
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
            } else if (arg.equals("--for") && i + 1 < args.size()) {
                for (String service : args.get(++i).split(",")) {
                    audiences.add(audienceOf(service.trim()));
                }
            } else if (arg.equals("--subject") && i + 1 < args.size()) {
                subject = args.get(++i);
            } else if (arg.equals("--minutes") && i + 1 < args.size()) {
                minutes = parseMinutes(args.get(++i));
            } else if (ROLES.contains(arg)) {
                roles.add(arg);
            } else {
                throw new SuiteException("Unknown role or option '" + arg + "'. Roles: "
                        + String.join(" ", ROLES.stream().sorted().toList())
                        + ". Options: --for service, --claim name=value, --subject s, --minutes n.");
            }
        }
        if (roles.isEmpty()) {
            throw new SuiteException("Name at least one role, e.g. ./suite token DECLARANT --claim tax_id=0101234567");
        }
        if (audiences.isEmpty()) {
            audiences.addAll(AUDIENCES.values());
        }
        String who = subject != null ? subject : "suite-" + roles.get(0).toLowerCase();
        out.println(LocalTokenIssuer.inDirectory(settings.keys())
                .token(who, audiences, roles, claims, Duration.ofMinutes(minutes)));
    }

    /** The audience of a service named by its short name ({@code declarations}) or its module name. */
    private static String audienceOf(String service) {
        String audience = AUDIENCES.get(service.replaceFirst("-service$", ""));
        if (audience == null) {
            throw new SuiteException(
                    "--for takes a service: " + String.join(", ", AUDIENCES.keySet()) + ", not '" + service + "'");
        }
        return audience;
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
