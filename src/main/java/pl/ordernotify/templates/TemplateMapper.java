package pl.ordernotify.templates;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.store.SqlMapper;

public interface TemplateMapper extends SqlMapper {

  List<SavedTemplate> all();

  SavedTemplate findByName(String name);

  SavedTemplate findById(long id);

  void insert(@Param("t") SavedTemplate template, @Param("key") GeneratedId key);

  int update(@Param("t") SavedTemplate template);

  int delete(long id);

  /** Stages that use the template, so it is not deleted from under them. */
  List<String> stagesUsing(long id);
}
