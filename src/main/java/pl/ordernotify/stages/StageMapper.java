package pl.ordernotify.stages;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.SqlMapper;

public interface StageMapper extends SqlMapper {

  record Row(
      String stage,
      boolean enabled,
      int delayMinutes,
      int validityMinutes,
      Integer daysAfter,
      String windowStart,
      String windowEnd,
      java.math.BigDecimal minValue,
      java.math.BigDecimal maxValue,
      String paymentMethods,
      boolean firstOrderOnly,
      String customerLanguage) {}

  record TemplateLink(String stage, String language, long templateId, String templateName) {}

  record TemplateRef(long id, String name, String kind, String language) {}

  List<Row> all();

  Row find(String stage);

  int update(Row row);

  List<TemplateLink> templateLinks();

  TemplateRef findTemplateByName(String name);

  /** The bodies of the templates a stage sends, one per language. */
  List<String> templateBodies(String stage);

  int deleteTemplateLink(@Param("stage") String stage, @Param("language") String language);

  void insertTemplateLink(
      @Param("stage") String stage,
      @Param("language") String language,
      @Param("templateId") long templateId);
}
