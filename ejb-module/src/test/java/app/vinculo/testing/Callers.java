package app.vinculo.testing;

import app.vinculo.platform.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** Test callers that invoke the boundaries under one role, as a signed-in user of that role would. */
public final class Callers {

    private Callers() {
    }

    /** Runs a call; checked exceptions are rethrown unchanged for assertions. */
    public interface Caller {
        <T> T call(Callable<T> work) throws Exception;

        default void run(ThrowingRunnable work) throws Exception {
            call(() -> {
                work.run();
                return null;
            });
        }
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Stateless
    @RunAs(Role.Names.ADMIN)
    @PermitAll
    @jakarta.ejb.LocalBean
    public static class AsAdmin implements Caller {
        @Override
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @RunAs(Role.Names.CONSULTANT)
    @PermitAll
    @jakarta.ejb.LocalBean
    public static class AsConsultant implements Caller {
        @Override
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @RunAs(Role.Names.PROJECT_MANAGER)
    @PermitAll
    @jakarta.ejb.LocalBean
    public static class AsProjectManager implements Caller {
        @Override
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @RunAs(Role.Names.IMPLEMENTATION_HEAD)
    @PermitAll
    @jakarta.ejb.LocalBean
    public static class AsImplementationHead implements Caller {
        @Override
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @RunAs(Role.Names.AUDITOR)
    @PermitAll
    @jakarta.ejb.LocalBean
    public static class AsAuditor implements Caller {
        @Override
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @RunAs(Role.Names.RD_MANAGER)
    @PermitAll
    @jakarta.ejb.LocalBean
    public static class AsRdManager implements Caller {
        @Override
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }
}
