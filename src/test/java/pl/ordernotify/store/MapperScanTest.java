package pl.ordernotify.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapperScanTest {

  @Test
  void findsEveryMapperInterfaceThatExtendsSqlMapper() {
    // given: every interface of the program that extends SqlMapper, as the compiler sees them
    List<String> expected =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pl.ordernotify")
                .stream()
                .filter(JavaClass::isInterface)
                .filter(
                    c -> c.isAssignableTo(SqlMapper.class) && !c.isEquivalentTo(SqlMapper.class))
                .map(JavaClass::getName)
                .toList();

    // when
    List<String> found = MapperScan.mappers().stream().map(Class::getName).toList();

    // then: a mapper whose name does not end in "Mapper" would be missed, and this would say so
    assertThat(expected).isNotEmpty();
    assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
  }
}
