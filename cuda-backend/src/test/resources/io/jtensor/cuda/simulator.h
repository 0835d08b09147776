/* jtensor CUDA simulator: what a CUDA C++ kernel source needs from the CUDA toolchain, for a host
   C++ compiler (after Numba's CUDA simulator). Placed before a program's source; the simulator
   appends one jt_sim_invoke_<kernel>(void** args) per kernel, which calls the kernel with its
   arguments read from args as cuLaunchKernel reads kernelParams (args[i] points at parameter i).

   jt_sim_launch runs a grid block after block; the threads of a block are fibers on the calling
   thread, switched round-robin at __syncthreads(), so shared memory and barriers behave as on a
   GPU for kernels that synchronise correctly. A barrier that only some threads of a block reach
   (which hangs or corrupts on a GPU) is reported instead. Two things make kernels that do not
   synchronise correctly fail here too, as they may on a GPU: every block starts with its shared
   memory filled with all-one bits (NaN as float or double, -1 as an integer), so a read before any
   write sees no value a previous block left; and the round-robin order alternates between blocks
   and between launches (threads 0, 1, 2, ... in one, ..., 2, 1, 0 in the next), so a read of
   another thread's write with no barrier between sees the stale value in one order or the other. On x86-64 a fiber switch saves the
   callee-saved registers and swaps stacks (jt_sim_switch, a few nanoseconds); elsewhere it is
   ucontext's swapcontext, which also saves the signal mask with a system call. */
/* glibc's fortified longjmp refuses a jump from a fiber's stack to the launching thread's */
#undef _FORTIFY_SOURCE
#include <dlfcn.h>
#include <math.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <type_traits>
#include <utility>

#define JT_SIM_EXPORT extern "C" __attribute__((visibility("default")))

struct dim3 {
    unsigned x, y, z;
};

static dim3 threadIdx, blockIdx, blockDim, gridDim;

#define __global__
#define __device__
/* Every __shared__ array of a program lands in one section, which the linker brackets with
   __start_ and __stop_ symbols; the launch poisons it before each block. */
#define __shared__ static __attribute__((section("jt_sim_shared")))
extern "C" char __start_jt_sim_shared[] __attribute__((weak, visibility("hidden")));
extern "C" char __stop_jt_sim_shared[] __attribute__((weak, visibility("hidden")));
#define __syncthreads() jt_sim_barrier()

static inline int __float_as_int(float f) {
    int i;
    memcpy(&i, &f, sizeof i);
    return i;
}

static inline float __int_as_float(int i) {
    float f;
    memcpy(&f, &i, sizeof f);
    return f;
}

static inline int __popc(unsigned int x) {
    return __builtin_popcount(x);
}

static inline int __popcll(unsigned long long x) {
    return __builtin_popcountll(x);
}

namespace jt_sim {

const size_t STACK_BYTES = 128 * 1024;

#if defined(__x86_64__)
/* Saves rbp, rbx, r12-r15 on the current stack, stores the stack pointer at *save and continues on
   the stack at load, as saved there by an earlier switch (or laid out by start()). */
extern "C" void jt_sim_switch(void** save, void* load);
asm(R"(
    .text
    .p2align 4
    .type jt_sim_switch, @function
jt_sim_switch:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .size jt_sim_switch, .-jt_sim_switch
)");

struct Context {
    void* sp;
};
#else
struct Context {
    ucontext_t context;
};
#endif

struct Fiber {
    Context context;
    dim3 id;
    bool done;
};

static Fiber* fibers;
static char* stacks;
static int capacity;
static int current;
static Context scheduler;
static void (*invoke)(void**);
static void** arguments;

static void run() {
    invoke(arguments);
    fibers[current].done = true;
#if defined(__x86_64__)
    jt_sim_switch(&fibers[current].context.sp, scheduler.sp);
    __builtin_unreachable();
#endif
}

/* Prepares fiber t to run the kernel from its start on its own stack. */
static void start(int t) {
    char* stack = stacks + (size_t) t * STACK_BYTES;
#if defined(__x86_64__)
    void** sp = (void**) (stack + STACK_BYTES);
    *--sp = nullptr;               /* run()'s return address: it never returns */
    *--sp = (void*) &run;          /* where jt_sim_switch's ret goes */
    for (int r = 0; r < 6; r++) {
        *--sp = nullptr;           /* rbp, rbx, r12-r15 */
    }
    fibers[t].context.sp = sp;
#else
    ucontext_t& c = fibers[t].context.context;
    getcontext(&c);
    c.uc_stack.ss_sp = stack;
    c.uc_stack.ss_size = STACK_BYTES;
    c.uc_link = &scheduler.context;
    makecontext(&c, run, 0);
#endif
}

/* From the scheduler into fiber t, until it waits at a barrier or finishes. */
static void resume(int t) {
#if defined(__x86_64__)
    jt_sim_switch(&scheduler.sp, fibers[t].context.sp);
#else
    swapcontext(&scheduler.context, &fibers[t].context.context);
#endif
}

/* From the current fiber back to the scheduler. */
static void yield() {
#if defined(__x86_64__)
    jt_sim_switch(&fibers[current].context.sp, scheduler.sp);
#else
    swapcontext(&fibers[current].context.context, &scheduler.context);
#endif
}

template <typename... P, size_t... I>
static void call(void (*kernel)(P...), void** args, std::index_sequence<I...>) {
    kernel(*static_cast<std::remove_cv_t<P>*>(args[I])...);
}

template <typename... P>
static void apply(void (*kernel)(P...), void** args) {
    call(kernel, args, std::index_sequence_for<P...>{});
}

/* Memory faults in kernels. The simulator's device memory lies between inaccessible pages, so a
   kernel that reads or writes outside its buffers gets SIGSEGV. While a kernel of this program
   runs on the launching thread, the handler jumps back to the launch, which reports the address;
   any other SIGSEGV goes to the handler installed before this one (another program's), and in
   the end to the JVM's fatal-error report. Installed only when the JVM's libjsig is preloaded:
   through libjsig the JVM's own handler (which uses SIGSEGV for null checks and safepoints) runs
   first and passes on only the faults that are not its own; without libjsig the handler would
   replace the JVM's, so a fault then stops the process. */
static sigjmp_buf fault_jump;
static void* volatile fault_address;
static volatile sig_atomic_t in_kernel;
static pthread_t kernel_thread;
static struct sigaction previous;
static bool handler_checked;
static unsigned launches;

static void on_fault(int sig, siginfo_t* info, void* context) {
    if (in_kernel && pthread_equal(pthread_self(), kernel_thread)) {
        in_kernel = 0;
        fault_address = info->si_addr;
        siglongjmp(fault_jump, 1);
    }
    if ((previous.sa_flags & SA_SIGINFO) && previous.sa_sigaction != nullptr) {
        previous.sa_sigaction(sig, info, context);
    } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
        previous.sa_handler(sig);
    } else {
        signal(sig, SIG_DFL);   /* the faulting instruction runs again, and the process stops */
    }
}

static void install_fault_handler() {
    handler_checked = true;
    if (dlsym(RTLD_DEFAULT, "JVM_begin_signal_setting") == nullptr) {
        return;
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_fault;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    sigaction(SIGSEGV, &action, &previous);
}

}  // namespace jt_sim

static void jt_sim_barrier() {
    jt_sim::yield();
}

/* Runs the blocks of a grid one after another; the launch's return values. */
static int run_grid(unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz, int threads) {
    using namespace jt_sim;
    gridDim = dim3{gx, gy, gz};
    blockDim = dim3{bx, by, bz};
    for (unsigned z = 0; z < gz; z++) {
        for (unsigned y = 0; y < gy; y++) {
            for (unsigned x = 0; x < gx; x++) {
                blockIdx = dim3{x, y, z};
                if (__start_jt_sim_shared != __stop_jt_sim_shared) {
                    memset(__start_jt_sim_shared, 0xFF, (size_t) (__stop_jt_sim_shared - __start_jt_sim_shared));
                }
                bool reverse = (x + y + z + launches) & 1;
                for (int t = 0; t < threads; t++) {
                    fibers[t].id = dim3{(unsigned) t % bx, (unsigned) t / bx % by, (unsigned) t / (bx * by)};
                    fibers[t].done = false;
                    start(t);
                }
                int alive = threads;
                while (alive > 0) {
                    int finished = 0;
                    int waited = 0;
                    for (int i = 0; i < threads; i++) {
                        int t = reverse ? threads - 1 - i : i;
                        Fiber& f = fibers[t];
                        if (f.done) {
                            continue;
                        }
                        current = t;
                        threadIdx = f.id;
                        resume(t);
                        if (f.done) {
                            finished++;
                        } else {
                            waited++;
                        }
                    }
                    if (finished > 0 && waited > 0) {
                        return 1;
                    }
                    alive -= finished;
                }
            }
        }
    }
    return 0;
}

/* Runs the grid. Returns 0, 1 when a block's threads disagreed on a barrier (some waited at one
   while others had finished), 2 when fiber memory could not be allocated, 3 when a thread touched
   inaccessible memory (its address is stored at *fault). */
JT_SIM_EXPORT int jt_sim_launch(void (*invoke)(void**), unsigned gx, unsigned gy, unsigned gz,
                                unsigned bx, unsigned by, unsigned bz, void** args, void** fault) {
    using namespace jt_sim;
    if (!handler_checked) {
        install_fault_handler();
    }
    int threads = (int) (bx * by * bz);
    if (threads > capacity) {
        free(fibers);
        free(stacks);
        fibers = (Fiber*) calloc((size_t) threads, sizeof(Fiber));
        stacks = (char*) malloc((size_t) threads * STACK_BYTES);
        if (fibers == nullptr || stacks == nullptr) {
            capacity = 0;
            return 2;
        }
        capacity = threads;
    }
    launches++;
    jt_sim::invoke = invoke;
    arguments = args;
    if (sigsetjmp(fault_jump, 1) != 0) {
        *fault = fault_address;
        return 3;
    }
    kernel_thread = pthread_self();
    in_kernel = 1;
    int status = run_grid(gx, gy, gz, bx, by, bz, threads);
    in_kernel = 0;
    return status;
}
