package pl.ordernotify.stages;

import org.apache.ibatis.annotations.Param;
import pl.ordernotify.store.SqlMapper;

/** Whether a stage's SMS carries an offer, which makes it marketing (OfferMapper.xml). */
public interface OfferMapper extends SqlMapper {

  Boolean carriesOffer(String stage);

  int setCarriesOffer(@Param("stage") String stage, @Param("offer") boolean offer);
}
