/* <complex.h>: values against 300-bit references (mpmath) and Annex G special values.
   The complex functions are accurate to a few ulps (not correctly rounded): each
   component is checked relative to itself or, when much smaller, to |w|. */
#include <complex.h>
#include <errno.h>
#include "math_test.h"

typedef double complex (*cfn_d)(double complex);
typedef float complex (*cfn_f)(float complex);
typedef long double complex (*cfn_l)(long double complex);

struct CRow {
  const char *name;
  cfn_d d;
  cfn_f f;
  cfn_l l;
  double x, y;
  long double re, im;
};

static const struct CRow rows[] = {
    {"cexp", cexp, cexpf, cexpl, 0.5, 0.25, 1.59746651911991269930466544432167406L, 4.07900170078359773244925230399964434e-1L},
    {"cexp", cexp, cexpf, cexpl, -1.5, 2.0, -9.28549102840263321133674925726518942e-2L, 2.02891680470169510315993226646823234e-1L},
    {"cexp", cexp, cexpf, cexpl, 3.0, -0.75, 1.46963637920505492371891236889811116e+1L, -1.36910804827245363537108728067827698e+1L},
    {"cexp", cexp, cexpf, cexpl, -0.1, -0.2, 8.86800911797207860313734636615452153e-1L, -1.79763444319535150532034338870200498e-1L},
    {"cexp", cexp, cexpf, cexpl, 1e-05, 1.0, 5.40307708918213604142569028653176528e-1L, 8.41479399559818275104166776094019192e-1L},
    {"cexp", cexp, cexpf, cexpl, 20.0, 0.001, 4.85164952827212788289759313851459407e+8L, 4.85165114548928429480117055028346209e+5L},
    {"cexp", cexp, cexpf, cexpl, 2.0, 0.0, 7.38905609893065022723042746057500781L, 0.0L},
    {"cexp", cexp, cexpf, cexpl, -2.0, 0.0, 1.35335283236612691893999494972484403e-1L, 0.0L},
    {"clog", clog, clogf, clogl, 0.5, 0.25, -5.81575404902840431534084576303259316e-1L, 4.63647609000806116214256231461214402e-1L},
    {"clog", clog, clogf, clogl, -1.5, 2.0, 9.16290731874155065183527211768011071e-1L, 2.21429743558818100603413092035707408L},
    {"clog", clog, clogf, clogl, 3.0, -0.75, 1.12892459957632711268554830294273584L, -2.44978663126864154172082481211275811e-1L},
    {"clog", clog, clogf, clogl, -0.1, -0.2, -1.49786613677699544120646055681344491L, -2.03444393579570273544557792310096584L},
    {"clog", clog, clogf, clogl, 1e-05, 1.0, 4.99999999975000081804720572517549168e-11L, 1.57078632679489695256383697443402627L},
    {"clog", clog, clogf, clogl, 20.0, 0.001, 2.99573227480399099187272363078841159L, 4.99999999583333344366674162057252399e-5L},
    {"csqrt", csqrt, csqrtf, csqrtl, 0.5, 0.25, 7.27673345112677404061330919854848535e-1L, 1.71780374861256232069282871957279284e-1L},
    {"csqrt", csqrt, csqrtf, csqrtl, -1.5, 2.0, 7.07106781186547524400844362104849039e-1L, 1.41421356237309504880168872420969808L},
    {"csqrt", csqrt, csqrtf, csqrtl, 3.0, -0.75, 1.74532650515788096942872654520379395L, -2.1485951132454598921082575878487747e-1L},
    {"csqrt", csqrt, csqrtf, csqrtl, -0.1, -0.2, 2.48602893939289226953952328141454067e-1L, -4.02247932095355207187564873024448802e-1L},
    {"csqrt", csqrt, csqrtf, csqrtl, 1e-05, 1.0, 7.07110316729292247709137393486356863e-1L, 7.07103245661480470621662594552764044e-1L},
    {"csqrt", csqrt, csqrtf, csqrtl, 20.0, 0.001, 4.47213595639712187766388589019713791L, 1.11803398840050925037614288211126563e-4L},
    {"csin", csin, csinf, csinl, 0.5, 0.25, 4.94485780933194994658949487420997338e-1L, 2.21688164149574804019229944973507429e-1L},
    {"csin", csin, csinf, csinl, -1.5, 2.0, -3.75277134047929826485409639187811015L, 2.56553956090481792622412300349963586e-1L},
    {"csin", csin, csinf, csinl, 3.0, -0.75, 1.82705715568571691516849833256193402e-1L, 8.14087394445471580557724598309541893e-1L},
    {"csin", csin, csinf, csinl, -0.1, -0.2, -1.01836749421297437122839039683311173e-1L, -2.00330161148815708849864859880224155e-1L},
    {"csin", csin, csinf, csinl, 1e-05, 1.0, 1.54308063478952589412648850501294086e-5L, 1.17520119358504139720068143530199368L},
    {"csin", csin, csinf, csinl, 20.0, 0.001, 9.12945707200291057576661140412687243e-1L, 4.08082129827072364139780258726420754e-4L},
    {"csin", csin, csinf, csinl, 2.0, 0.0, 9.09297426825681695396019865911744843e-1L, 0.0L},
    {"csin", csin, csinf, csinl, -2.0, 0.0, -9.09297426825681695396019865911744843e-1L, 0.0L},
    {"ccos", ccos, ccosf, ccosl, 0.5, 0.25, 9.05150150559606702698467805813114981e-1L, -1.21108796043811653537760722715121357e-1L},
    {"ccos", ccos, ccosf, ccosl, -1.5, 2.0, 2.66127195313545757622764924762739129e-1L, 3.61777507394013737556404001825975835L},
    {"ccos", ccos, ccosf, ccosl, 3.0, -0.75, -1.28172673730409472281040340317873347L, 1.16045343838548000791501535696168258e-1L},
    {"ccos", ccos, ccosf, ccosl, -0.1, -0.2, 1.01497067070262246337333808142264187L, -2.0100061027691889920888905722325939e-2L},
    {"ccos", ccos, ccosf, ccosl, 1e-05, 1.0, 1.54308063473808974673778636947479977L, -1.17520119362421486645679635841811858e-5L},
    {"ccos", ccos, ccosf, ccosl, 20.0, 0.001, 4.08082265854439896178078392294998772e-1L, -9.12945402885177069195813123563801051e-4L},
    {"ccos", ccos, ccosf, ccosl, 2.0, 0.0, -4.1614683654714238699756822950076219e-1L, 0.0L},
    {"ccos", ccos, ccosf, ccosl, -2.0, 0.0, -4.1614683654714238699756822950076219e-1L, 0.0L},
    {"ctan", ctan, ctanf, ctanl, 0.5, 0.25, 5.04500702698563984417078704066233815e-1L, 3.12420692502588808620299930127881868e-1L},
    {"ctan", ctan, ctanf, ctanl, -1.5, 2.0, -5.36206092200305686975101985768930589e-3L, 1.03692028210018509169238315683377363L},
    {"ctan", ctan, ctanf, ctanl, 3.0, -0.75, -8.43498138834930259290435402672115124e-2L, -6.42785840087247299672366053695014595e-1L},
    {"ctan", ctan, ctanf, ctanl, -0.1, -0.2, -9.63881308564542371534377927335950677e-2L, -1.99284151059610490656785822698978764e-1L},
    {"ctan", ctan, ctanf, ctanl, 1e-05, 1.0, 4.19974341603665659069695767212813518e-6L, 7.61594155987749888542196634115786727e-1L},
    {"ctan", ctan, ctanf, ctanl, 20.0, 0.001, 2.23714751039758560114272151717599762L, 6.00485703511221588022550583220085625e-3L},
    {"ctan", ctan, ctanf, ctanl, 2.0, 0.0, -2.18503986326151899164330610231368254L, 0.0L},
    {"ctan", ctan, ctanf, ctanl, -2.0, 0.0, 2.18503986326151899164330610231368254L, 0.0L},
    {"csinh", csinh, csinhf, csinhl, 0.5, 0.25, 5.04895714387995017403313018656718616e-1L, 2.78979128350261522480299039389504581e-1L},
    {"csinh", csinh, csinhf, csinhl, -1.5, 2.0, 8.86092909362531424950530209491862231e-1L, 2.13904000998067671658186718464093934L},
    {"csinh", csinh, csinhf, csinhl, 3.0, -0.75, 7.32996757415596164048223855379635266L, -6.86250863913600204770323876507300783L},
    {"csinh", csinh, csinhf, csinhl, -0.1, -0.2, -9.8170083905427661880817623169538383e-2L, -1.99663505513893750064595668460620258e-1L},
    {"csinh", csinh, csinhf, csinhl, 1e-05, 1.0, 5.40302305877144800030495953608602096e-6L, 8.41470984849970055893247766756751542e-1L},
    {"csinh", csinh, csinhf, csinhl, 20.0, 0.001, 2.42582476413606393114303360994813459e+8L, 2.42582557274464215770635166970658758e+5L},
    {"csinh", csinh, csinhf, csinhl, 2.0, 0.0, 3.6268604078470187676682139828012617L, 0.0L},
    {"csinh", csinh, csinhf, csinhl, -2.0, 0.0, -3.6268604078470187676682139828012617L, 0.0L},
    {"ccosh", ccosh, ccoshf, ccoshl, 0.5, 0.25, 1.09257080473191768190135242566495545L, 1.28921041728098250764626191010459853e-1L},
    {"ccosh", ccosh, ccoshf, ccoshl, -1.5, 2.0, -9.78947819646557757063897702064514125e-1L, -1.93614832951050720626587395799411611L},
    {"ccosh", ccosh, ccoshf, ccoshl, 3.0, -0.75, 7.36639621789458759670688513518475896L, -6.82857184358853430600763404170976197L},
    {"ccosh", ccosh, ccoshf, ccoshl, -0.1, -0.2, 9.84970995702635522194552259784990536e-1L, 1.99000611943585995325613295904197596e-2L},
    {"ccosh", ccosh, ccoshf, ccoshl, 1e-05, 1.0, 5.40302305895154832694568723693640442e-1L, 8.41470984821921091900933726765031955e-6L},
    {"ccosh", ccosh, ccoshf, ccoshl, 20.0, 0.001, 2.42582476413606395175455952856645949e+8L, 2.42582557274464213709481888057687451e+5L},
    {"ccosh", ccosh, ccoshf, ccoshl, 2.0, 0.0, 3.76219569108363145956221347777374611L, 0.0L},
    {"ccosh", ccosh, ccoshf, ccoshl, -2.0, 0.0, 3.76219569108363145956221347777374611L, 0.0L},
    {"ctanh", ctanh, ctanhf, ctanhl, 0.5, 0.25, 4.85487281024135347524847652335121522e-1L, 1.98055449951349534189118225605284615e-1L},
    {"ctanh", ctanh, ctanhf, ctanhl, -1.5, 2.0, -1.06414439917653703500593446747911398L, -8.03910153101681729313806870402283473e-2L},
    {"ctanh", ctanh, ctanhf, ctanhl, 3.0, -0.75, 9.99637161059796814892261649115637277e-1L, -4.94332184166770851541375973172056215e-3L},
    {"ctanh", ctanh, ctanhf, ctanhl, -0.1, -0.2, -1.03721150027505735676229475435978143e-1L, -2.00614484226754589764422095532587874e-1L},
    {"ctanh", ctanh, ctanhf, ctanhl, 1e-05, 1.0, 3.42551881986971004366079799904531664e-5L, 1.55740772412140928342317476091161626L},
    {"ctanh", ctanh, ctanhf, ctanhl, 20.0, 0.001, 9.9999999999999999150330848282817874e-1L, 1.69934056922239412018247708620943777e-20L},
    {"ctanh", ctanh, ctanhf, ctanhl, 2.0, 0.0, 9.6402758007581688394641372410092315e-1L, 0.0L},
    {"ctanh", ctanh, ctanhf, ctanhl, -2.0, 0.0, -9.6402758007581688394641372410092315e-1L, 0.0L},
    {"casin", casin, casinf, casinl, 0.5, 0.25, 5.01608853275500763214178637747339322e-1L, 2.81396056245292769250024493856558824e-1L},
    {"casin", casin, casinf, casinl, -1.5, 2.0, -6.06511518199754753959802523639104033e-1L, 1.62249414887159384258804794898047545L},
    {"casin", casin, casinf, casinl, 3.0, -0.75, 1.31260004350750360858006980987128765L, -1.79842838357619777532468878281891491L},
    {"casin", casin, casinf, casinl, -0.1, -0.2, -9.8197511133498358509925212431596645e-2L, -1.99639385389533130844708231497808082e-1L},
    {"casin", casin, casinf, casinl, 1e-05, 1.0, 7.0710678118360130398925092667882909e-6L, 8.81373587037220694762383501416540697e-1L},
    {"casin", casin, casinf, casinl, 20.0, 0.001, 1.57074626417750642398043602820940094L, 3.68825386861599885731861124386651834L},
    {"cacos", cacos, cacosf, cacosl, 0.5, 0.25, 1.06918747351939585601714305389241212L, -2.81396056245292769250024493856558824e-1L},
    {"cacos", cacos, cacosf, cacosl, -1.5, 2.0, 2.17730784499465137319112421527885548L, -1.62249414887159384258804794898047545L},
    {"cacos", cacos, cacosf, cacosl, 3.0, -0.75, 2.58196283287393010651251881768463795e-1L, 1.79842838357619777532468878281891491L},
    {"cacos", cacos, cacosf, cacosl, -0.1, -0.2, 1.66899383792839497774124690407134809L, 1.99639385389533130844708231497808082e-1L},
    {"cacos", cacos, cacosf, cacosl, 1e-05, 1.0, 1.57078925572708478321828179913048465L, -8.81373587037220694762383501416540697e-1L},
    {"cacos", cacos, cacosf, cacosl, 20.0, 0.001, 5.00626173901952508856634303504994945e-5L, -3.68825386861599885731861124386651834L},
    {"catan", catan, catanf, catanl, 0.5, 0.25, 4.84254490329966218774599498717759266e-1L, 2.0058661813123432278244614769914825e-1L},
    {"catan", catan, catanf, catanl, -1.5, 2.0, -1.31122326967163514334559450186302564L, 3.10428283077195755334440591376480111e-1L},
    {"catan", catan, catanf, catanl, 3.0, -0.75, 1.26518848663749617086908965093257878L, -7.14891116210777875177249219487398798e-2L},
    {"catan", catan, catanf, catanl, -0.1, -0.2, -1.03748113217601338655277766821991277e-1L, -2.00586618131234333973023053735208873e-1L},
    {"catan", catan, catanf, catanl, 1e-05, 1.0, 7.85400663397448288782532020433822353e-1L, 6.10303632277133682385198961644688518L},
    {"catan", catan, catanf, catanl, 20.0, 0.001, 1.52083793119733119347453549593903958L, 2.49376557983672384871865801454353452e-6L},
    {"casinh", casinh, casinhf, casinhl, 0.5, 0.25, 4.9267568342077061574736907984422319e-1L, 2.24328452634667499848560691110607564e-1L},
    {"casinh", casinh, casinhf, casinhl, -1.5, 2.0, -1.60041005523461364636952837592721574L, 8.87765146183905091458057984543473036e-1L},
    {"casinh", casinh, casinhf, casinhl, 3.0, -0.75, 1.84457600963098980182787394966734374L, -2.33471449025608303110053585119528329e-1L},
    {"casinh", casinh, casinhf, casinhl, -0.1, -0.2, -1.01863915980124267282750478834005554e-1L, -2.00303571099300294061558074745586079e-1L},
    {"casinh", casinh, casinhf, casinhl, 1e-05, 1.0, 3.16228029539383364673125080148469677e-3L, 1.56763405176996555249659669675621992L},
    {"casinh", casinh, casinhf, casinhl, 20.0, 0.001, 3.68950387023423274511128137293222185L, 4.99376169025366090020161932414164155e-5L},
    {"cacosh", cacosh, cacoshf, cacoshl, 0.5, 0.25, 2.81396056245292769250024493856558824e-1L, 1.06918747351939585601714305389241212L},
    {"cacosh", cacosh, cacoshf, cacoshl, -1.5, 2.0, 1.62249414887159384258804794898047545L, 2.17730784499465137319112421527885548L},
    {"cacosh", cacosh, cacoshf, cacoshl, 3.0, -0.75, 1.79842838357619777532468878281891491L, -2.58196283287393010651251881768463795e-1L},
    {"cacosh", cacosh, cacoshf, cacoshl, -0.1, -0.2, 1.99639385389533130844708231497808082e-1L, -1.66899383792839497774124690407134809L},
    {"cacosh", cacosh, cacoshf, cacoshl, 1e-05, 1.0, 8.81373587037220694762383501416540697e-1L, 1.57078925572708478321828179913048465L},
    {"cacosh", cacosh, cacoshf, cacoshl, 20.0, 0.001, 3.68825386861599885731861124386651834L, 5.00626173901952508856634303504994945e-5L},
    {"catanh", catanh, catanhf, catanhl, 0.5, 0.25, 5.00370000052531017441834084451314881e-1L, 3.14398143207716477246692260552578928e-1L},
    {"catanh", catanh, catanhf, catanhl, -1.5, 2.0, -2.20089680662022930904307188791070263e-1L, 1.24525796607265671822996257323042043L},
    {"catanh", catanh, catanhf, catanhl, 3.0, -0.75, 3.2231759620945776991327990370417571e-1L, -1.48408496665745789147637464029079351L},
    {"catanh", catanh, catanhf, catanhl, -0.1, -0.2, -9.64156202029961722013460045866884529e-2L, -1.99261222833210127286979146519276275e-1L},
    {"catanh", catanh, catanhf, catanhl, 1e-05, 1.0, 4.9999999999166670756794362163725402e-6L, 7.85398163422448309615660849910007583e-1L},
    {"catanh", catanh, catanhf, catanhl, 20.0, 0.001, 5.00417291528639169752314901948806318e-2L, 1.57079382052923876118819831249277832L},
};

static long double labs_(long double v) { return v < 0 ? -v : v; }

/* Error of (gr, gi) in units of eps * max(|component|, |w| / 2^20). */
static long double cerr(long double gr, long double gi, long double rr, long double ri, long double eps) {
  long double mag = labs_(rr) > labs_(ri) ? labs_(rr) : labs_(ri);
  long double floor_ = mag / 1048576;
  long double dr = labs_(rr) > floor_ ? labs_(rr) : floor_;
  long double di = labs_(ri) > floor_ ? labs_(ri) : floor_;
  long double er = labs_(gr - rr) / (dr * eps), ei = labs_(gi - ri) / (di * eps);
  if (gr != gr || gi != gi) return 1e30L;
  return er > ei ? er : ei;
}

static void check_row(const struct CRow *r) {
  double complex z = CMPLX(r->x, r->y);
  double complex wd = r->d(z);
  long double complex wl = r->l(CMPLXL(r->x, r->y));
  float complex wf = r->f(CMPLXF((float)r->x, (float)r->y));
  long double ed = cerr(creal(wd), cimag(wd), r->re, r->im, DBL_EPSILON);
  long double el = cerr(creall(wl), cimagl(wl), r->re, r->im, LDBL_EPSILON);
  long double ef = cerr(crealf(wf), cimagf(wf), r->re, r->im, FLT_EPSILON);
  check_count += 3;
  if (!(ed <= 4)) {
    check_failures++;
    fprintf(stderr, "FAIL: %s(%g%+gi) == %a%+ai, want %La%+Lai (%Lg eps)\n", r->name, r->x, r->y,
            creal(wd), cimag(wd), r->re, r->im, ed);
  }
  if (!(el <= 8)) {
    check_failures++;
    fprintf(stderr, "FAIL: %sl(%g%+gi) == %La%+Lai, want %La%+Lai (%Lg eps)\n", r->name, r->x, r->y,
            creall(wl), cimagl(wl), r->re, r->im, el);
  }
  /* float arguments are rounded from the double ones: allow for that. */
  if (!(ef <= 64)) {
    check_failures++;
    fprintf(stderr, "FAIL: %sf(%g%+gi) == %a%+ai, want %La%+Lai (%Lg eps)\n", r->name, r->x, r->y,
            (double)crealf(wf), (double)cimagf(wf), r->re, r->im, ef);
  }
}

#define CHECK_C(got, wr, wi)                                                              \
  do {                                                                                    \
    double complex g_ = (got);                                                            \
    check_count++;                                                                        \
    if (!same_d(creal(g_), (wr)) || !same_d(cimag(g_), (wi))) {                           \
      check_failures++;                                                                   \
      fprintf(stderr, "%s:%d: FAIL: %s == %a%+ai, want %a%+ai\n", __FILE__, __LINE__, #got, \
              creal(g_), cimag(g_), (double)(wr), (double)(wi));                          \
    }                                                                                     \
  } while (0)

static const double pi = 3.14159265358979323846;

static void check_special(void) {
  double complex z = CMPLX(3.0, -4.0);
  CHECK_D(creal(z), 3.0);
  CHECK_D(cimag(z), -4.0);
  CHECK_C(conj(z), 3.0, 4.0);
  CHECK_D(cabs(z), 5.0);
  CHECK_D(carg(CMPLX(-1.0, 0.0)), pi);
  CHECK_D(carg(CMPLX(-1.0, -0.0)), -pi);
  CHECK_C(cproj(z), 3.0, -4.0);
  CHECK_C(cproj(CMPLX(-INFINITY, -2.0)), INFINITY, -0.0);
  CHECK_C(cproj(CMPLX(NAN, INFINITY)), INFINITY, 0.0);
  CHECK_F(cabsf(CMPLXF(5.0f, 12.0f)), 13.0f);
  CHECK_L(cabsl(CMPLXL(8.0L, 15.0L)), 17.0L);

  /* G.6.3.1 cexp */
  CHECK_C(cexp(CMPLX(0.0, 0.0)), 1.0, 0.0);
  CHECK_C(cexp(CMPLX(-0.0, -0.0)), 1.0, -0.0);
  CHECK_C(cexp(CMPLX(INFINITY, 0.0)), INFINITY, 0.0);
  CHECK_C(cexp(CMPLX(-INFINITY, 1.0)), 0.0 * cos(1.0), 0.0 * sin(1.0));
  CHECK(isnan(creal(cexp(CMPLX(1.0, INFINITY)))));
  CHECK(isinf(creal(cexp(CMPLX(INFINITY, NAN)))));
  CHECK(isnan(cimag(cexp(CMPLX(INFINITY, NAN)))));
  CHECK_C(cexp(CMPLX(NAN, 0.0)), NAN, 0.0);
  {
    /* e^710 overflows but e^710 cos(1e-300)... stays representable in the imaginary part's product. */
    double complex w = cexp(CMPLX(709.9, 0.5));
    CHECK(isfinite(creal(w)) && isfinite(cimag(w)));
  }
  /* G.6.3.2 clog */
  CHECK_C(clog(CMPLX(-0.0, 0.0)), -INFINITY, pi);
  CHECK_C(clog(CMPLX(0.0, -0.0)), -INFINITY, -0.0);
  CHECK_C(clog(CMPLX(1.0, 0.0)), 0.0, 0.0);
  CHECK_C(clog(CMPLX(-INFINITY, 2.0)), INFINITY, pi);
  CHECK_C(clog(CMPLX(INFINITY, -2.0)), INFINITY, -0.0);
  CHECK_C(clog(CMPLX(NAN, INFINITY)), INFINITY, NAN);
  CHECK_C(clog(CMPLX(-1.0, 0.0)), 0.0, pi);
  CHECK_C(clog(CMPLX(-1.0, -0.0)), 0.0, -pi);
  {
    /* |z|^2 = 1 + 2^-60: log|z| = 2^-61 must not be lost to cancellation. */
    double complex w = clog(CMPLX(1.0, 0x1p-30));
    CHECK_ULP(creal(w), 0x1p-61L, 1);
  }
  /* G.6.4.2 csqrt */
  CHECK_C(csqrt(CMPLX(0.0, -0.0)), 0.0, -0.0);
  CHECK_C(csqrt(CMPLX(-4.0, 0.0)), 0.0, 2.0);
  CHECK_C(csqrt(CMPLX(-4.0, -0.0)), 0.0, -2.0);
  CHECK_C(csqrt(CMPLX(4.0, 0.0)), 2.0, 0.0);
  CHECK_C(csqrt(CMPLX(NAN, INFINITY)), INFINITY, INFINITY);
  CHECK_C(csqrt(CMPLX(-INFINITY, 1.0)), 0.0, INFINITY);
  CHECK_C(csqrt(CMPLX(INFINITY, -1.0)), INFINITY, -0.0);
  CHECK_ULP(creal(csqrt(CMPLX(DBL_MAX, DBL_MAX))), 1.473094556905565378990474e154L, 2);
  CHECK_ULP(cimag(csqrt(CMPLX(DBL_MAX, DBL_MAX))), 6.10175744128270218853708e153L, 2);
  CHECK_C(csqrt(CMPLX(0x1p-1074, 0.0)), 0x1p-537, 0.0);
  CHECK_C(cpow(CMPLX(2.0, 0.0), CMPLX(0.0, 0.0)), 1.0, 0.0);
  {
    double complex w = cpow(CMPLX(0.0, 1.0), CMPLX(2.0, 0.0)); /* i^2 = -1 */
    CHECK(fabs(creal(w) + 1) < 1e-15 && fabs(cimag(w)) < 1e-15);
    w = cpow(CMPLX(0.0, 1.0), CMPLX(0.0, 1.0)); /* i^i = e^(-pi/2) */
    CHECK(fabs(creal(w) - 0.20787957635076190855) < 1e-15 && fabs(cimag(w)) < 1e-15);
  }
  /* G.6.2 hyperbolic and, through them, the circular functions */
  CHECK_C(csinh(CMPLX(0.0, 0.0)), 0.0, 0.0);
  CHECK_C(csinh(CMPLX(INFINITY, 0.0)), INFINITY, 0.0);
  CHECK(isnan(cimag(csinh(CMPLX(0.0, INFINITY)))));
  CHECK_D(creal(csinh(CMPLX(0.0, INFINITY))), 0.0);
  CHECK_C(ccosh(CMPLX(0.0, 0.0)), 1.0, 0.0);
  CHECK_C(ccosh(CMPLX(-INFINITY, 0.0)), INFINITY, -0.0);
  CHECK_C(ctanh(CMPLX(0.0, 0.0)), 0.0, 0.0);
  CHECK_C(ctanh(CMPLX(INFINITY, 1.0)), 1.0, 0.0);
  CHECK_C(ctanh(CMPLX(-INFINITY, INFINITY)), -1.0, 0.0);
  CHECK_C(ctanh(CMPLX(1000.0, 1.0)), 1.0, 0.0);
  CHECK_C(ctan(CMPLX(1.0, 1000.0)), 0.0, 1.0);
  CHECK_C(csin(CMPLX(-0.0, 0.0)), -0.0, 0.0);
  CHECK_C(ccos(CMPLX(0.0, 0.0)), 1.0, -0.0);
  /* G.6.1 / G.6.2 inverse functions */
  CHECK_C(casinh(CMPLX(0.0, 0.0)), 0.0, 0.0);
  CHECK_C(casinh(CMPLX(1.0, INFINITY)), INFINITY, pi / 2);
  CHECK_C(casinh(CMPLX(INFINITY, INFINITY)), INFINITY, pi / 4);
  CHECK_C(casin(CMPLX(-0.0, 0.0)), -0.0, 0.0);
  /* On the cut the sign of the zero imaginary part picks the side. */
  CHECK_D(creal(casin(CMPLX(2.0, 0.0))), pi / 2);
  CHECK_ULP(cimag(casin(CMPLX(2.0, 0.0))), 1.316957896924816708625046L, 2);
  CHECK_ULP(cimag(casin(CMPLX(2.0, -0.0))), -1.316957896924816708625046L, 2);
  CHECK_C(cacos(CMPLX(0.0, 0.0)), pi / 2, -0.0);
  CHECK_C(cacos(CMPLX(-INFINITY, 1.0)), pi, -INFINITY);
  CHECK_C(cacos(CMPLX(1.0, 0.0)), 0.0, -0.0);
  CHECK_C(cacos(CMPLX(-1.0, 0.0)), pi, -0.0);
  CHECK_C(cacosh(CMPLX(0.0, 0.0)), 0.0, pi / 2);
  CHECK_C(cacosh(CMPLX(-INFINITY, 1.0)), INFINITY, pi);
  CHECK_C(cacosh(CMPLX(1.0, 0.0)), 0.0, 0.0);
  CHECK_C(catanh(CMPLX(0.0, 0.0)), 0.0, 0.0);
  CHECK_C(catanh(CMPLX(1.0, 0.0)), INFINITY, 0.0);
  CHECK_C(catanh(CMPLX(2.0, 1e300)), 0.0, pi / 2);
  CHECK_C(catanh(CMPLX(INFINITY, 1.0)), 0.0, pi / 2);
  CHECK_C(catanh(CMPLX(NAN, INFINITY)), 0.0, pi / 2);
  CHECK_D(creal(catan(CMPLX(0.0, 2.0))), pi / 2);
  CHECK_ULP(cimag(catan(CMPLX(0.0, 2.0))), 0.549306144334054845697622618461L, 2);
  CHECK_ULP(creal(casinh(CMPLX(1e300, 1e300))), 691.815248669053623222028L, 2);
  CHECK_ULP(cimag(casinh(CMPLX(1e300, 1e300))), 0.7853981633974483096156608L, 1);
}

int main(void) {
  for (unsigned i = 0; i < sizeof rows / sizeof rows[0]; i++) check_row(&rows[i]);
  check_special();
  return check_done();
}
