/// How many times the cost of some work grows when its input grows: the in-process check for
/// amplification that does not depend on the machine's speed or load. A bound in seconds does
/// (session 27's CI failed on one that passed on a quiet machine), and speed is measured by
/// `tonghop-bench`, not by tests. Linear work grows by the input's factor, quadratic work by
/// its square, whatever the machine.
public enum CostGrowth {
    /// The cost of `large` over the cost of `small`, in seconds of wall time. A cost below
    /// `floor` seconds counts as `floor`: a clock cannot tell such small costs from noise, so
    /// work that is cheap at both sizes reads as no growth rather than as a ratio of noise.
    public static func ratio(floor: Double = 0.05, small: () -> Void, large: () -> Void) -> Double {
        let clock = ContinuousClock()
        let a = seconds(clock.measure(small))
        let b = seconds(clock.measure(large))
        return max(b, floor) / max(a, floor)
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
