<%--
  Drill tool, never part of the product: deployed by server-config/drills/derby-backup.sh on the drill's own server
  only (loopback), and undeployed afterwards. Embedded Derby lives inside Payara's JVM, so an online backup must be
  called from a connection of that JVM: this page calls SYSCS_UTIL.SYSCS_BACKUP_DATABASE through jdbc/vinculo.
    ?backup=<folder>          online backup into <folder>/vinculo-db; prints "backup <folder> <ms> ms"
    ?count=TABLE,TABLE…       prints "TABLE n" per table (names [A-Z_] only)
--%><%@ page contentType="text/plain; charset=UTF-8" session="false"
    import="javax.naming.InitialContext,javax.sql.DataSource,java.sql.*" %><%
    String remote = request.getRemoteAddr();
    if (!("127.0.0.1".equals(remote) || "0:0:0:0:0:0:0:1".equals(remote) || "::1".equals(remote))) {
        response.sendError(403);
        return;
    }
    DataSource ds = (DataSource) new InitialContext().lookup("jdbc/vinculo");
    String backup = request.getParameter("backup");
    String count = request.getParameter("count");
    try (Connection c = ds.getConnection()) {
        if (backup != null) {
            long t = System.nanoTime();
            try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                cs.setString(1, backup);
                cs.execute();
            }
            out.println("backup " + backup + " " + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
        if (count != null) {
            for (String table : count.split(",")) {
                if (!table.matches("[A-Z_]+")) {
                    continue;
                }
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    out.println(table + " " + rs.getLong(1));
                }
            }
        }
    }
%>
