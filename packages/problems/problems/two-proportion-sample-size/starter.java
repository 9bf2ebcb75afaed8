import java.util.*;

// Provided by the harness, do not redefine:
//   record SampleSize(long nPerArm, double zAlpha, double zPower)
//   (returned as {"n_per_arm", "z_alpha", "z_power"})

class Solution {
    public SampleSize sampleSizePerArm(double baseline, double lift, double alpha, double power,
                                       boolean twoSided) {
        // Write the standard normal quantile yourself: no statistics library.
        return new SampleSize(0, 0.0, 0.0);
    }
}
