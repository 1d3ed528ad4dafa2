import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A stand-in for a restaurant POS: plain JDBC with only the H2 jar on its classpath, no OrderNotify
 * class. Run as a single-file program: {@code java -cp h2.jar PosSim.java URL USER PASSWORD}.
 *
 * <p>Opens one connection, prints {@code OPEN}, then reads commands from stdin, one a line:
 * {@code exec SQL} prints {@code OK <update count>}; {@code query SQL} prints {@code ROW a|b|…} per
 * row and then {@code END}; {@code quit} closes and prints {@code BYE}. A failure prints
 * {@code ERROR <code> <message>} and the program goes on reading.
 */
public class PosSim {

  public static void main(String[] args) throws Exception {
    Connection connection;
    try {
      connection = DriverManager.getConnection(args[0], args[1], args[2]);
    } catch (SQLException e) {
      System.out.println("ERROR " + e.getErrorCode() + " " + oneLine(e.getMessage()));
      return;
    }
    System.out.println("OPEN");
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.equals("quit")) {
        break;
      }
      try (Statement st = connection.createStatement()) {
        if (line.startsWith("exec ")) {
          System.out.println("OK " + st.executeUpdate(line.substring(5)));
        } else if (line.startsWith("query ")) {
          try (ResultSet rs = st.executeQuery(line.substring(6))) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              StringBuilder row = new StringBuilder("ROW ");
              for (int i = 1; i <= n; i++) {
                row.append(i > 1 ? "|" : "").append(rs.getString(i));
              }
              System.out.println(row);
            }
          }
          System.out.println("END");
        } else {
          System.out.println("ERROR 0 unknown command: " + line);
        }
      } catch (SQLException e) {
        System.out.println("ERROR " + e.getErrorCode() + " " + oneLine(e.getMessage()));
      }
    }
    connection.close();
    System.out.println("BYE");
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
  }
}
