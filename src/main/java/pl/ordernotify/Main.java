package pl.ordernotify;

public final class Main {
  public static void main(String[] args) {
    System.out.println("OrderNotify");
  }
}
