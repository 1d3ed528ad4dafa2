package pl.ordernotify.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.ordernotify.store.Database;
import pl.ordernotify.store.GeneratedId;
import pl.ordernotify.testsupport.TestDatabase;

class CustomerMapperTest {

  private final Database db = TestDatabase.inMemory();
  private final CustomerService customers = new CustomerService(db);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void insertedCustomerReadsBackFieldForField() {
    // given a customer who speaks English and agreed to marketing
    Customer john = new Customer(null, "John Smith", "+48 698 901 219", false, true, "en");

    // when inserted and read back
    long id = insert(john);

    // then every field is the same
    assertThat(customers.byId(id))
        .isEqualTo(new Customer(id, "John Smith", "+48 698 901 219", false, true, "en"));
    assertThat(customers.byId(id).firstName()).isEqualTo("John");
    List<Customer> byPhone =
        db.withMapper(CustomerMapper.class, m -> m.findByPhone("+48 698 901 219"));
    assertThat(byPhone).extracting(Customer::id).containsExactly(id);
  }

  @Test
  void searchIgnoresPolishLettersInNamesAndPrefixesAndSpacingInPhones() {
    // given customers with Polish names and phones typed three ways
    long lukasz = insert(new Customer(null, "Łukasz Żółć", "+48608900109", false, false, "pl"));
    long ewa = insert(new Customer(null, "Ewa Nowak", "0048 605 600 706", false, false, "pl"));
    long jan = insert(new Customer(null, "Jan Kot", "(22) 628-11-20", false, false, "pl"));

    // when searching without Polish letters, or with another prefix and spacing
    // then each is found
    assertThat(customers.search("lukasz", 10)).extracting(Customer::id).containsExactly(lukasz);
    assertThat(customers.search("zolc", 10)).extracting(Customer::id).containsExactly(lukasz);
    assertThat(customers.search("ŻÓŁĆ", 10)).extracting(Customer::id).containsExactly(lukasz);
    assertThat(customers.search("608 900 109", 10))
        .extracting(Customer::id)
        .containsExactly(lukasz);
    assertThat(customers.search("+48 605-600-706", 10))
        .extracting(Customer::id)
        .containsExactly(ewa);
    assertThat(customers.search("0048605600706", 10)).extracting(Customer::id).containsExactly(ewa);
    assertThat(customers.search("226281120", 10)).extracting(Customer::id).containsExactly(jan);
  }

  @Test
  void searchFindsByNameIgnoringCaseAndByPhoneDigitsWhateverTheSpacing() {
    // given customers with phones typed in different ways
    long anna = insert(new Customer(null, "Anna Kowalska", "600 100 201", false, false, "pl"));
    long piotr = insert(new Customer(null, "Piotr Nowak", "+48-601-200-302", false, false, "pl"));
    long lukasz = insert(new Customer(null, "Łukasz Mazur", "693450614", false, false, "pl"));

    // when searching
    // then name parts, any case, and digit runs all match
    assertThat(customers.search("kowal", 10)).extracting(Customer::id).containsExactly(anna);
    assertThat(customers.search("ŁUKASZ", 10)).extracting(Customer::id).containsExactly(lukasz);
    assertThat(customers.search("601 200", 10)).extracting(Customer::id).containsExactly(piotr);
    assertThat(customers.search("934506", 10)).extracting(Customer::id).containsExactly(lukasz);
    assertThat(customers.search("  ", 10))
        .extracting(Customer::id)
        .containsExactlyInAnyOrder(anna, lukasz, piotr);
    assertThat(customers.search("", 2)).hasSize(2);
    assertThat(customers.search("Zofia", 10)).isEmpty();
  }

  @Test
  void optOutAndMarketingConsentAreSetAndCleared() {
    // given a customer with neither
    long id = insert(new Customer(null, "Magdalena Kowalczyk", "604 500 605", false, false, "pl"));

    // when she opts out and gives marketing consent, then takes the consent back
    customers.setOptOut(id, true);
    customers.setMarketingConsent(id, true);
    Customer both = customers.byId(id);
    customers.setMarketingConsent(id, false);

    // then each flag is stored
    assertThat(both.smsOptOut()).isTrue();
    assertThat(both.marketingConsent()).isTrue();
    assertThat(customers.byId(id).marketingConsent()).isFalse();
    assertThat(customers.byId(id).smsOptOut()).isTrue();
  }

  @Test
  void optOutOfAMissingCustomerIsRefused() {
    // given no customer 999
    // when opting them out
    // then the sentence says so
    assertThatThrownBy(() -> customers.setOptOut(999, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Customer 999 no longer exists.");
  }

  private long insert(Customer c) {
    GeneratedId key = new GeneratedId();
    db.withMapper(
        CustomerMapper.class,
        m -> {
          m.insert(c, key);
          return null;
        });
    return key.value();
  }

  @Test
  void customersAreListedInPolishAlphabeticalOrder() {
    // given names starting with Polish letters
    insert(new Customer(null, "Łukasz Mazur", "693 450 614", false, false, "pl"));
    insert(new Customer(null, "Zofia Michalska", "690 000 001", false, false, "pl"));
    insert(new Customer(null, "Lena Nowak", "690 000 002", false, false, "pl"));
    insert(new Customer(null, "Ćwik Adam", "690 000 003", false, false, "pl"));

    // when all are listed
    List<Customer> all = customers.search("", 100);

    // then Ł comes after L and Ć after C, not after Z
    assertThat(all)
        .extracting(Customer::name)
        .containsExactly("Ćwik Adam", "Lena Nowak", "Łukasz Mazur", "Zofia Michalska");
  }
}
