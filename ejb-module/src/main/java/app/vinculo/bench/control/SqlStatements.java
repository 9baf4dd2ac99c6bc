package app.vinculo.bench.control;

import app.vinculo.bench.boundary.SqlCount;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** Counts every SQL call EclipseLink executes into {@link SqlCount} (persistence.xml: eclipselink.session-event-listener). */
public class SqlStatements extends SessionEventAdapter {

    @Override
    public void postExecuteCall(SessionEvent event) {
        SqlCount.increment();
    }
}
