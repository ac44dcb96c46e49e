package org.peerplanner.web.common;

import java.util.Optional;
import java.util.function.Supplier;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;

/**
 * The one way a screen runs a command that may be refused: field problems appear next to their fields, anything
 * else (messages for fields the form does not show, a conflict with someone else's change, a refusal) as a notice.
 * Nothing on the screen is cleared, so what the person typed is still there to correct.
 */
public final class Save {

    /** Puts a service's field messages next to the fields and returns the ones it has no field for. */
    @FunctionalInterface
    public interface FieldProblems {
        String place(InvalidInputException problem);

        /** For a command without a form: every message becomes the notice. */
        FieldProblems NONE = InvalidInputException::getMessage;
    }

    private Save() {
    }

    /** Runs the command; its (non-null) answer when it worked, empty when it was refused (and the refusal shown). */
    public static <T> Optional<T> run(Supplier<T> command, FieldProblems fields) {
        try {
            return Optional.ofNullable(command.get());
        } catch (InvalidInputException problem) {
            String rest = fields.place(problem);
            if (rest != null && !rest.isBlank()) {
                Notices.problem(rest);
            }
        } catch (ConflictException | NotPermittedException | NotFoundException problem) {
            Notices.problem(problem.getMessage());
        }
        return Optional.empty();
    }

    /** Runs a command with no answer; true when it worked. */
    public static boolean run(Runnable command, FieldProblems fields) {
        return run(() -> {
            command.run();
            return Boolean.TRUE;
        }, fields).isPresent();
    }

    /** Runs the command and says {@code done} when it worked. */
    public static boolean run(Runnable command, FieldProblems fields, String done) {
        boolean worked = run(command, fields);
        if (worked) {
            Notices.done(done);
        }
        return worked;
    }
}
