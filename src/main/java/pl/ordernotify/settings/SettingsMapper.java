package pl.ordernotify.settings;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.SqlMapper;

public interface SettingsMapper extends SqlMapper {

  record Entry(String name, String settingValue) {}

  String get(String name);

  List<Entry> all();

  int update(@Param("name") String name, @Param("value") String value);

  void insert(@Param("name") String name, @Param("value") String value);

  int delete(String name);
}
